package dev.cadence.charter;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of the charter: a stable key (its URL anchor, and how versions are compared), a title and its text.
 * The text is plain: paragraphs separated by blank lines, and lines starting with "- " as a list.
 */
public record CharterSection(String key, String title, String body) {

    /** A paragraph, or the items of a list. */
    public record Block(boolean list, List<String> lines) {
    }

    /** The body as paragraphs and lists, for reading. */
    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean list = false;
        for (String raw : body.split("\n", -1)) {
            String line = raw.strip();
            boolean item = line.startsWith("- ") || line.startsWith("• ");
            if (line.isEmpty() || (!lines.isEmpty() && item != list)) {
                if (!lines.isEmpty()) {
                    blocks.add(new Block(list, List.copyOf(lines)));
                    lines.clear();
                }
                if (line.isEmpty()) {
                    continue;
                }
            }
            list = item;
            lines.add(item ? line.substring(2).strip() : line);
        }
        if (!lines.isEmpty()) {
            blocks.add(new Block(list, List.copyOf(lines)));
        }
        return blocks;
    }
}

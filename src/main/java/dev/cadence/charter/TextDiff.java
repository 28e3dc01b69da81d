package dev.cadence.charter;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.cadence.charter.ChangeView.Kind;
import dev.cadence.charter.ChangeView.Segment;

/**
 * What changed between two texts, word by word (java-diff-utils' Myers diff over words and the spaces between them):
 * the text as runs that stayed, were deleted or were inserted, in reading order.
 */
final class TextDiff {

    /** A word with its punctuation, or a run of spaces and line breaks. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

    private TextDiff() {
    }

    static List<Segment> between(String from, String to) {
        List<String> before = tokens(from);
        List<String> after = tokens(to);
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int position = delta.getSource().getPosition();
            add(segments, Kind.SAME, before.subList(at, position));
            add(segments, Kind.DELETED, delta.getSource().getLines());
            add(segments, Kind.INSERTED, delta.getTarget().getLines());
            at = position + delta.getSource().size();
        }
        add(segments, Kind.SAME, before.subList(at, before.size()));
        return segments;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    /** Adds the tokens as one run, joined to the previous run when it is of the same kind. */
    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            text = last.text() + text;
        }
        segments.add(new Segment(kind, text));
    }
}

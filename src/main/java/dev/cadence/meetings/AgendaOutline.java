package dev.cadence.meetings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An agenda template in one line, as a series' history keeps it ("Updates (10 min); Top 3 priorities (10 min, top
 * three)"), and what changed between two such lines in words a person reads: sections added, removed, or reordered.
 * Migration V24 writes the same line for the series that existed before.
 */
final class AgendaOutline {

    private static final String BETWEEN = "; ";

    private AgendaOutline() {
    }

    static String of(List<TemplateSectionSpec> agenda) {
        return agenda.stream().map(AgendaOutline::line).collect(Collectors.joining(BETWEEN));
    }

    /** "Top 3 priorities (10 min, top three)". */
    static String line(TemplateSectionSpec s) {
        String what = switch (s.kind()) {
            case CHANGES -> ", filled from data";
            case PRIORITIES -> ", top three";
            case MESSAGE -> ", message";
            case PANEL -> ", panel " + s.panelKey();
            case DISCUSSION -> "";
        };
        return s.title() + " (" + s.minutes() + " min" + what + ")";
    }

    /** "added “Pricing (10 min)”; removed “Talent (10 min)”", or "sections reordered", or null when both are the same. */
    static String changes(String from, String to) {
        List<String> before = sections(from);
        List<String> after = sections(to);
        if (before.equals(after)) {
            return null;
        }
        List<String> said = new ArrayList<>();
        List<String> added = after.stream().filter(s -> !before.contains(s)).toList();
        List<String> removed = before.stream().filter(s -> !after.contains(s)).toList();
        if (!added.isEmpty()) {
            said.add("added " + quoted(added));
        }
        if (!removed.isEmpty()) {
            said.add("removed " + quoted(removed));
        }
        List<String> keptInOrderBefore = before.stream().filter(after::contains).toList();
        List<String> keptInOrderAfter = after.stream().filter(before::contains).toList();
        if (said.isEmpty() || !keptInOrderBefore.equals(keptInOrderAfter)) {
            said.add("sections reordered");
        }
        return String.join("; ", said);
    }

    private static List<String> sections(String outline) {
        return outline == null || outline.isBlank() ? List.of() : Arrays.asList(outline.split(BETWEEN));
    }

    private static String quoted(List<String> sections) {
        return sections.stream().map(s -> "“" + s + "”").collect(Collectors.joining(", "));
    }
}

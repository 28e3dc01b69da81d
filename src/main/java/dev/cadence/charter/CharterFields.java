package dev.cadence.charter;

import dev.cadence.governance.ChangeReader;
import dev.cadence.history.FieldChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The charter as governed fields (text by name), as {@code governance} keeps a proposal's changes: {@code order} is the
 * sections' keys in order, and each section has {@code <key>.title} and {@code <key>.body}. A proposal then keeps only
 * what it changes: a reworded section is its body, a new section its title, body and the order, a removed one the
 * order alone. Read back, a key in the order whose title is missing is no section.
 */
final class CharterFields {

    static final String ORDER = "order";
    private static final String TITLE = ".title";
    private static final String BODY = ".body";

    /** How people read a change of the charter's fields: section by section, in the order it has after the change. */
    static final ChangeReader READER = (before, after) -> changes(sections(before), sections(after));

    private CharterFields() {
    }

    static Map<String, String> of(List<CharterSection> sections) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ORDER, sections.stream().map(CharterSection::key).collect(Collectors.joining(",")));
        for (CharterSection s : sections) {
            fields.put(s.key() + TITLE, s.title());
            fields.put(s.key() + BODY, s.body());
        }
        return fields;
    }

    static List<CharterSection> sections(Map<String, String> fields) {
        String order = fields.get(ORDER);
        List<CharterSection> sections = new ArrayList<>();
        if (order == null || order.isBlank()) {
            return sections;
        }
        for (String key : Arrays.stream(order.split(",")).map(String::strip).distinct().toList()) {
            String title = fields.get(key + TITLE);
            if (title != null && !title.isBlank()) {
                String body = fields.get(key + BODY);
                sections.add(new CharterSection(key, title, body == null ? "" : body));
            }
        }
        return sections;
    }

    /**
     * What changed from one charter to another: each section of {@code after} that is new, retitled or reworded, in its
     * order; then each section dropped; then the order, when the sections both have are in another order.
     */
    static List<FieldChange> changes(List<CharterSection> before, List<CharterSection> after) {
        Map<String, CharterSection> then = before.stream().collect(Collectors.toMap(CharterSection::key, Function.identity()));
        Map<String, CharterSection> now = after.stream().collect(Collectors.toMap(CharterSection::key, Function.identity()));
        List<FieldChange> changes = new ArrayList<>();
        for (CharterSection s : after) {
            CharterSection old = then.get(s.key());
            if (old == null) {
                changes.add(new FieldChange(s.title() + " (new section)", null, s.body()));
                continue;
            }
            if (!old.title().equals(s.title())) {
                changes.add(new FieldChange("Title of “" + old.title() + "”", old.title(), s.title()));
            }
            if (!old.body().equals(s.body())) {
                changes.add(new FieldChange(s.title(), old.body(), s.body()));
            }
        }
        for (CharterSection old : before) {
            if (!now.containsKey(old.key())) {
                changes.add(new FieldChange(old.title() + " (removed)", old.body(), null));
            }
        }
        List<String> keptBefore = before.stream().map(CharterSection::key).filter(now::containsKey).toList();
        List<String> keptAfter = after.stream().map(CharterSection::key).filter(then::containsKey).toList();
        if (!keptBefore.equals(keptAfter)) {
            changes.add(new FieldChange("Order of the sections", titles(before), titles(after)));
        }
        return changes;
    }

    private static String titles(List<CharterSection> sections) {
        return sections.stream().map(CharterSection::title).collect(Collectors.joining(" · "));
    }
}

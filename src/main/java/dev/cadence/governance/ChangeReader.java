package dev.cadence.governance;

import dev.cadence.history.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How people read a change of a subject's fields: the fields that differ, labelled, in the subject's order. */
@FunctionalInterface
public interface ChangeReader {

    List<FieldChange> changes(Map<String, String> before, Map<String, String> after);

    /** For subjects whose fields read as they are stored: {@code labels} maps each field, in order, to its label. */
    static ChangeReader labelled(Map<String, String> labels) {
        return (before, after) -> {
            List<FieldChange> changes = new ArrayList<>();
            labels.forEach((field, label) -> {
                if (!Objects.equals(before.get(field), after.get(field))) {
                    changes.add(new FieldChange(label, before.get(field), after.get(field)));
                }
            });
            return changes;
        };
    }
}

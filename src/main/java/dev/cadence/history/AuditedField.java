package dev.cadence.history;

import java.util.function.Function;

/** A field of an audited entity as history shows it: its label and how its value reads. */
public record AuditedField<T>(String label, Function<T, String> reader) {

    public static <T> AuditedField<T> of(String label, Function<T, ?> value) {
        return new AuditedField<>(label, entity -> {
            Object v = value.apply(entity);
            return v == null ? null : v.toString();
        });
    }
}

package dev.cadence.charter;

import dev.cadence.history.FieldChange;
import java.util.List;

/**
 * One change to the charter as people read it: which section (and whether it was added, removed or reworded) and the
 * words that changed, in reading order.
 */
public record ChangeView(String label, List<Segment> segments) {

    public enum Kind { SAME, DELETED, INSERTED }

    /** A run of text that stayed, was deleted or was inserted. */
    public record Segment(Kind kind, String text) {

        public boolean deleted() {
            return kind == Kind.DELETED;
        }

        public boolean inserted() {
            return kind == Kind.INSERTED;
        }
    }

    /** A change of one field, from → to, word by word (all inserted when it was added, all deleted when removed). */
    static ChangeView of(FieldChange change) {
        return new ChangeView(change.field(), TextDiff.between(change.from(), change.to()));
    }

    static List<ChangeView> of(List<FieldChange> changes) {
        return changes.stream().map(ChangeView::of).toList();
    }
}

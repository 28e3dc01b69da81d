package dev.cadence.meetings;

import java.util.List;

/**
 * A section of a meeting with the items the viewer may see; {@code current} while the meeting runs in it; {@code panelKey}
 * the data panel it shows ({@link SectionKind#PANEL}), else {@code null}.
 */
public record SectionView(long id, int position, SectionKind kind, String title, String prompt, int minutes,
                          boolean current, List<ItemView> items, String panelKey) {

    /** The items as rows drawn once and kept while they (and whether the viewer may act on them) read the same. */
    public java.util.List<ItemRow> itemRows(long meetingId, boolean canRun) {
        return items.stream().map(item -> new ItemRow(item, meetingId, canRun)).toList();
    }

    public boolean priorities() {
        return kind == SectionKind.PRIORITIES;
    }

    public long priorityCount() {
        return items.stream().filter(i -> i.kind() == ItemKind.PRIORITY).count();
    }

    public boolean prioritiesFull() {
        return priorities() && priorityCount() >= SectionKind.MAX_PRIORITIES;
    }
}

package dev.cadence.meetings;

import java.util.List;

/**
 * A section of a meeting with the items the viewer may see; {@code current} while the meeting runs in it; {@code panelKey}
 * the data panel it shows ({@link SectionKind#PANEL}), else {@code null}.
 */
public record SectionView(long id, int position, SectionKind kind, String title, String prompt, int minutes,
                          boolean current, List<ItemView> items, String panelKey) {

    /** Some of the items as rows drawn once and kept while they (and whether the viewer may act on them) read the same. */
    public List<ItemRow> rowsOf(List<ItemView> some, long meetingId, boolean canRun) {
        return some.stream().map(item -> new ItemRow(item, meetingId, canRun)).toList();
    }

    public boolean priorities() {
        return kind == SectionKind.PRIORITIES;
    }

    public long priorityCount() {
        return items.stream().filter(i -> i.kind() == ItemKind.PRIORITY).count();
    }

    /** The scorecard metrics' changes among the items ("what changed" as a table), in their order. */
    public List<ItemView> changeRows() {
        return items.stream().filter(i -> i.figures() != null).toList();
    }

    /** The entries filled from data that are sentences (a lever off plan, an overdue action item), not rows. */
    public List<ItemView> dataSentences() {
        return items.stream().filter(i -> i.fromData() && i.figures() == null).toList();
    }

    /** What people wrote: talking points and priorities. */
    public List<ItemView> writtenItems() {
        return items.stream().filter(i -> !i.fromData()).toList();
    }

    /** Whether entries were filled from data here (shown folded, so that what people wrote is seen first). */
    public boolean hasData() {
        return items.stream().anyMatch(ItemView::fromData);
    }

    /** "5 metrics worse · 1 metric better · 4 other signals · 2 discussed": what the folded data holds, in one line. */
    public String dataDigest() {
        List<ItemView> rows = changeRows();
        long worse = rows.stream().filter(i -> i.figures().worse()).count();
        long better = rows.size() - worse;
        int others = dataSentences().size();
        List<String> parts = new java.util.ArrayList<>();
        if (worse > 0) {
            parts.add(worse + (worse == 1 ? " metric worse" : " metrics worse"));
        }
        if (better > 0) {
            parts.add(better + (better == 1 ? " metric better" : " metrics better"));
        }
        if (others > 0) {
            parts.add(others + (others == 1 ? " other signal" : " other signals"));
        }
        long discussed = items.stream().filter(i -> i.fromData() && i.discussed()).count();
        if (discussed > 0) {
            parts.add(discussed + " discussed");
        }
        return String.join(" · ", parts);
    }

    /** "W48 → W49" when every row compares the same two periods (said once, in the table's head), else {@code null}. */
    public String sharedPeriods() {
        List<String> periods = changeRows().stream().map(i -> i.figures().periods()).distinct().toList();
        return periods.size() == 1 ? periods.get(0) : null;
    }

    /** The priorities' ids in their order, as the page shows them: sent back with a reorder, which is refused if stale. */
    public String priorityOrder() {
        return String.join(",", items.stream().filter(i -> i.kind() == ItemKind.PRIORITY).map(i -> String.valueOf(i.id())).toList());
    }

    public boolean prioritiesFull() {
        return priorities() && priorityCount() >= SectionKind.MAX_PRIORITIES;
    }
}

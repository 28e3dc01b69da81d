package dev.cadence.meetings;

/**
 * An agenda item as the viewer may see it.
 *
 * @param mine      the viewer wrote it (and may edit its text or delete it)
 * @param movedFrom the meeting it was carried over from, or {@code null}
 * @param movedOn   it was moved on to the next meeting
 * @param figures   a scorecard metric's change ("what changed" as a table row), or {@code null}
 */
public record ItemView(long id, long sectionId, ItemKind kind, String text, String notes, String authorName, boolean mine,
                       boolean privateItem, boolean discussed, String sourceUrl, String sourceLabel, boolean movedFrom,
                       boolean movedOn, String updatedByName, long version, MetricFigures figures) {

    static ItemView of(AgendaItem i, long viewerId) {
        return new ItemView(i.getId(), i.getSectionId(), i.getKind(), i.getText(), i.getNotes(), i.getAuthorName(),
                i.getAuthorId() != null && i.getAuthorId() == viewerId, i.isPrivateItem(), i.isDiscussed(),
                i.getSourceUrl(), i.getSourceLabel(), i.getMovedFromId() != null, i.getMovedToMeetingId() != null,
                i.getUpdatedByName(), i.getVersion(), i.getFigures());
    }

    public boolean fromData() {
        return kind == ItemKind.DATA;
    }
}

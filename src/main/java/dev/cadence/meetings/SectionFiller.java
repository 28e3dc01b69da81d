package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import java.time.Instant;
import java.util.List;

/**
 * Fills one kind of agenda section from data when a meeting is prepared (and again when asked), so
 * that the conversation starts from facts. Kinds of meeting differ by the agenda template their
 * series is created with; one that needs another section filled from data (the forecast review's
 * forecast, say) adds a {@link SectionKind} and a filler bean for it, and {@link AgendaFilling} picks
 * it up. A filler may look at the series' {@link MeetingKind} to choose what it reports.
 */
interface SectionFiller {

    /** The kind of section filled: the first section of that kind in the meeting. */
    SectionKind fills();

    /** The entries, most pressing first, for the meeting, looking back to {@code since} (the previous meeting). */
    List<Entry> entries(MeetingSeries series, Meeting meeting, Instant since, Instant now, CadenceUser preparer);

    /** One entry, linking to where it comes from; a scorecard metric's change has its {@code figures} (else {@code null}). */
    record Entry(String text, String sourceUrl, String sourceLabel, MetricFigures figures) {

        Entry(String text, String sourceUrl, String sourceLabel) {
            this(text, sourceUrl, sourceLabel, null);
        }
    }
}

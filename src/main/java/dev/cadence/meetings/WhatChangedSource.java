package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import java.time.LocalDate;
import java.util.List;

/**
 * What another feature adds to a meeting's "what changed since last week" ({@link SectionKind#CHANGES}) when it is
 * prepared: things that got worse in that feature's data, each citing where it comes from. A feature implements it
 * as a Spring bean; meetings find every bean and never depend on the feature (as with {@link MeetingPanel}), which
 * keeps the features free of cycles when the feature also provides panels. Its entries follow the scorecard's
 * worsening metrics.
 */
public interface WhatChangedSource {

    /** The entries for the meeting being prepared, most pressing first; none when nothing is worth citing. */
    List<Citation> citations(Occasion occasion, CadenceUser preparer);

    /**
     * The meeting being prepared, where its series meets: its kind (a source may cite only for the GTM council), its day
     * and the day of the series' next meeting after it, so that "due before the next meeting" can be said.
     */
    record Occasion(MeetingKind kind, LocalDate day, LocalDate nextDay) {
    }

    /**
     * One entry: the sentence, the page it links to (within the app) and the name of that source ("Value drivers").
     */
    record Citation(String text, String sourceUrl, String sourceLabel) {
    }
}

package dev.cadence.meetings;

import java.util.List;
import java.util.Set;

/** What a series is made of, as a form or the demo gives it: checked by {@link MeetingSeriesService} before it is saved. */
public record SeriesSpec(String name, MeetingKind kind, Set<Long> participantIds, Schedule schedule,
                         List<TemplateSectionSpec> agenda) {
}

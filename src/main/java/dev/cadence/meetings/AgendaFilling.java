package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.ApplicationClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Fills a meeting's "what changed since last week" from data, when the meeting is prepared and when
 * asked again: the entries filled before are replaced, looking back to the previous meeting.
 */
@Component
class AgendaFilling {

    private final MeetingRepository meetings;
    private final MeetingSectionRepository sections;
    private final AgendaItemRepository items;
    private final WhatChanged whatChanged;
    /** Set to another time while history is loaded; see {@link #fill}. */
    private final ApplicationClock clock;

    AgendaFilling(MeetingRepository meetings, MeetingSectionRepository sections, AgendaItemRepository items,
                  WhatChanged whatChanged, ApplicationClock clock) {
        this.meetings = meetings;
        this.sections = sections;
        this.items = items;
        this.whatChanged = whatChanged;
        this.clock = clock;
    }

    void fill(Meeting meeting, MeetingSeries series, CadenceUser preparer) {
        if (!clock.isRealTime()) {
            // History being loaded: the data as it stood then is not known, so "what changed" is not filled.
            return;
        }
        MeetingSection changes = sections.findByMeetingIdOrderByPosition(meeting.getId()).stream()
                .filter(s -> s.getKind() == SectionKind.CHANGES).findFirst().orElse(null);
        if (changes == null) {
            return;
        }
        items.deleteFilledFromData(meeting.getId());
        Instant since = meetings.findBefore(series.getId(), meeting.getScheduledAt(), Limit.of(1)).stream().findFirst()
                .map(Meeting::getScheduledAt).orElse(meeting.getScheduledAt().minus(Duration.ofDays(7L * series.getIntervalWeeks())));
        Instant now = clock.instant();
        LocalDate day = meeting.getScheduledAt().atZone(series.zone()).toLocalDate();
        int position = -100;
        for (WhatChanged.Entry e : whatChanged.since(since, now, series.getId(), day, preparer)) {
            items.save(AgendaItem.fromData(meeting.getId(), changes.getId(), AgendaItem.abbreviate(e.text(), AgendaItem.MAX_TEXT),
                    e.sourceUrl(), e.sourceLabel(), position++, now));
        }
        items.flush();
        meeting.prepared(now);
    }
}

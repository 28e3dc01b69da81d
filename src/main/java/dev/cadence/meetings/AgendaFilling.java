package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.ApplicationClock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a meeting's sections from data, when the meeting is prepared and when asked again: each
 * section kind that has a {@link SectionFiller} gets its entries, replacing those filled before, looking
 * back to the previous meeting of the series.
 *
 * <p>The entries are read in a read-only transaction of their own, on committed data: what they cite (the scorecard by
 * segment, the plan's levers, the experiments, the charter, the series' overdue action items, reopened decisions) is
 * nothing the change that prepares the meeting writes, and so the features answer from what they keep for their pages
 * (read-only, their kept reads apply) instead of computing it all afresh inside the change: the scorecard four times over
 * (company-wide and by segment) while closing a council held its meeting's row locked. It costs a second connection for
 * the time of the reads.
 */
@Component
class AgendaFilling {

    private final MeetingRepository meetings;
    private final MeetingSectionRepository sections;
    private final AgendaItemRepository items;
    private final Map<SectionKind, SectionFiller> fillers;
    /** Set to another time while history is loaded; see {@link #fill}. */
    private final ApplicationClock clock;
    private final TransactionTemplate committed;

    AgendaFilling(MeetingRepository meetings, MeetingSectionRepository sections, AgendaItemRepository items,
                  List<SectionFiller> fillers, ApplicationClock clock, PlatformTransactionManager transactions) {
        this.committed = new TransactionTemplate(transactions);
        this.committed.setReadOnly(true);
        this.committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.meetings = meetings;
        this.sections = sections;
        this.items = items;
        this.fillers = fillers.stream().collect(Collectors.toMap(SectionFiller::fills, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two fillers for " + a.fills() + " sections: " + a + " and " + b);
        }, () -> new EnumMap<>(SectionKind.class)));
        this.clock = clock;
    }

    void fill(Meeting meeting, MeetingSeries series, CadenceUser preparer) {
        if (!clock.isRealTime()) {
            // History being loaded: the data as it stood then is not known, so nothing is filled from it.
            return;
        }
        Map<SectionKind, MeetingSection> filled = new LinkedHashMap<>();
        for (MeetingSection s : sections.findByMeetingIdOrderByPosition(meeting.getId())) {
            if (fillers.containsKey(s.getKind())) {
                filled.putIfAbsent(s.getKind(), s);
            }
        }
        if (filled.isEmpty()) {
            return;
        }
        items.deleteFilledFromData(meeting.getId());
        // Back to the previous meeting; for a first meeting, to where the series would have met before (a month for a monthly one).
        Instant since = meetings.findBefore(series.getId(), meeting.getScheduledAt(), Limit.of(1)).stream().findFirst()
                .map(Meeting::getScheduledAt).orElse(series.occurrenceBefore(meeting.getScheduledAt()));
        Instant now = clock.instant();
        for (Map.Entry<SectionKind, MeetingSection> section : filled.entrySet()) {
            // Before the section's talking points, in the filler's order.
            int position = -100;
            SectionFiller filler = fillers.get(section.getKey());
            List<SectionFiller.Entry> entries = committed.execute(status -> filler.entries(series, meeting, since, now, preparer));
            for (SectionFiller.Entry e : entries) {
                items.save(AgendaItem.fromData(meeting.getId(), section.getValue().getId(),
                        AgendaItem.abbreviate(e.text(), AgendaItem.MAX_TEXT), e.sourceUrl(), e.sourceLabel(), e.figures(), position++, now));
            }
        }
        items.flush();
        meeting.prepared(now);
    }
}

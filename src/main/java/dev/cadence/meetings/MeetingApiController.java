package dev.cadence.meetings;

import dev.cadence.decisions.DecisionSummary;
import dev.cadence.people.CadenceUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings as JSON, read only: the participants' (and administrators') meetings, with shared items
 * only — a private talking point never leaves its author's page.
 */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingApiController {

    private final MeetingQueryService meetings;

    MeetingApiController(MeetingQueryService meetings) {
        this.meetings = meetings;
    }

    record MeetingJson(long id, long seriesId, String series, ZonedDateTime startsAt, MeetingStatus status, String label) {
        static MeetingJson of(MeetingSummary m) {
            return new MeetingJson(m.id(), m.seriesId(), m.seriesName(), m.startsAt(), m.status(), m.label());
        }
    }

    record ItemJson(long id, ItemKind kind, String text, String notes, String author, boolean discussed, String source) {
        static ItemJson of(ItemView i) {
            return new ItemJson(i.id(), i.kind(), i.text(), i.notes(), i.fromData() ? null : i.authorName(), i.discussed(),
                    i.sourceUrl());
        }
    }

    /** {@code panelKey}: the data panel a PANEL section shows (its data is on the page and in the recap), else null. */
    record SectionJson(int position, SectionKind kind, String title, int minutes, String panelKey, List<ItemJson> items) {
    }

    record ActionItemJson(long id, String text, long ownerId, String owner, LocalDate dueOn, boolean done, boolean overdue,
                          long raisedInMeetingId) {
        static ActionItemJson of(ActionItemView a) {
            return new ActionItemJson(a.id(), a.text(), a.ownerId(), a.ownerName(), a.dueOn(), a.done(), a.overdue(),
                    a.raisedInMeetingId());
        }
    }

    record DecisionJson(long id, String title, String status, String decision, String decider, String area, String message) {
        static DecisionJson of(DecisionSummary d) {
            return new DecisionJson(d.id(), d.title(), d.status(), d.outcome(), d.deciderName(), d.areaName(), d.message());
        }
    }

    record MeetingDetailJson(long id, long seriesId, String series, ZonedDateTime startsAt, MeetingStatus status,
                             List<String> participants, List<SectionJson> sections, List<DecisionJson> decisions,
                             List<ActionItemJson> actionItems, String message, boolean noMessage, Instant endedAt) {
    }

    /** Meetings scheduled from {@code from} to {@code to} (dates, inclusive), newest first. */
    @GetMapping
    List<MeetingJson> list(@RequestParam(required = false) Long series,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @AuthenticationPrincipal CadenceUser me) {
        // A day starts somewhere on Earth 14 hours before UTC and ends 12 hours after it.
        Instant start = from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(14 * 3600);
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(12 * 3600);
        return meetings.find(series, start, end, me).stream()
                .filter(m -> from == null || !m.startsAt().toLocalDate().isBefore(from))
                .filter(m -> to == null || !m.startsAt().toLocalDate().isAfter(to))
                .map(MeetingJson::of).toList();
    }

    @GetMapping("/{id}")
    MeetingDetailJson meeting(@PathVariable long id, @AuthenticationPrincipal CadenceUser me) {
        MeetingPage page = meetings.sharedPage(id, me);
        return new MeetingDetailJson(page.meeting().id(), page.meeting().seriesId(), page.meeting().seriesName(),
                page.meeting().startsAt(), page.status(), page.participants().stream().map(SeriesView.Participant::name).toList(),
                page.sections().stream().map(s -> new SectionJson(s.position(), s.kind(), s.title(), s.minutes(), s.panelKey(),
                        s.items().stream().map(ItemJson::of).toList())).toList(),
                page.decisions().stream().map(DecisionJson::of).toList(),
                page.actions().stream().map(ActionItemJson::of).toList(), page.message(), page.noMessage(), page.endedAt());
    }
}

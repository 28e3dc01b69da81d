package dev.cadence.mail;

import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.meetings.SectionKind;
import dev.cadence.meetings.TemplateSectionSpec;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.PersonFixture;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two people of one test's own (a CEO and a CRO, each with an address nobody else has) in a 1:1 series of their own,
 * and its meeting being prepared, through the meetings feature's public services.
 */
final class MailMeeting {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final PersonView ceoPerson;
    final PersonView croPerson;
    final CadenceUser ceo;
    final CadenceUser cro;
    final long seriesId;
    final long meetingId;
    /** "Mail 1:1 3-… · 8 Dec 2026". */
    final String label;
    private final MeetingQueryService meetings;
    private final MeetingCommandService commands;
    private final ActionItemService actionItems;

    MailMeeting(PersonService people, MeetingSeriesService series, MeetingQueryService meetings, MeetingCommandService commands,
                ActionItemService actionItems) {
        this.meetings = meetings;
        this.commands = commands;
        this.actionItems = actionItems;
        int n = SEQUENCE.incrementAndGet();
        ceoPerson = PersonFixture.add(people, "Maya Mail" + n, Role.CEO);
        croPerson = PersonFixture.add(people, "Daniel Mail" + n, Role.CRO);
        ceo = people.principalOf(ceoPerson.username());
        cro = people.principalOf(croPerson.username());
        seriesId = series.createSeries("Mail 1:1 " + n + "-" + System.nanoTime(), MeetingKind.ONE_ON_ONE, DayOfWeek.TUESDAY,
                LocalTime.of(9, 0), ZoneId.of("America/New_York"), 60, Set.of(ceo.personId(), cro.personId()), List.of(
                        new TemplateSectionSpec(SectionKind.PRIORITIES, "Top 3 priorities", null, 10),
                        new TemplateSectionSpec(SectionKind.DISCUSSION, "Cross-functional blockers", null, 15),
                        new TemplateSectionSpec(SectionKind.MESSAGE, "Message alignment", null, 10))).id();
        var next = series.ensureNextMeeting(seriesId, ceo);
        meetingId = next.id();
        label = next.label();
    }

    long section(int position) {
        return meetings.page(meetingId, ceo).sections().get(position - 1).id();
    }

    /** A meeting with something of everything: shared and private points, a decision, an action item, the message. */
    MailMeeting filled(String tag) {
        long blockers = section(2);
        commands.addItem(meetingId, blockers, "Shared blocker " + tag, false, ceo);
        commands.addItem(meetingId, blockers, "Maya private worry " + tag, true, ceo);
        commands.addItem(meetingId, blockers, "Daniel private worry " + tag, true, cro);
        commands.recordDecision(meetingId, "Decision " + tag, "We hold EMEA hiring until Q2 " + tag, "Pipeline first",
                croPerson.id(), null, null, null, cro);
        actionItems.addActionItem(meetingId, "Action " + tag, croPerson.id(), LocalDate.now().plusDays(9), ceo);
        commands.writeMessage(meetingId, "Message to the org " + tag, false, meetings.page(meetingId, ceo).messageVersion(), ceo);
        return this;
    }

    void close() {
        commands.close(meetingId, true, ceo);
    }
}

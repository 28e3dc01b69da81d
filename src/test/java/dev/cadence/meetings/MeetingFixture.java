package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh CEO–CRO series with the five-section 1:1 template, and its first meeting, for one test. */
final class MeetingFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MeetingSeriesService series;
    private final MeetingQueryService meetings;
    private final MeetingCommandService commands;
    final CadenceUser ceo;
    final CadenceUser cro;
    final long seriesId;

    MeetingFixture(MeetingSeriesService series, MeetingQueryService meetings, MeetingCommandService commands, CadenceUser ceo,
                   CadenceUser cro) {
        this.series = series;
        this.meetings = meetings;
        this.commands = commands;
        this.ceo = ceo;
        this.cro = cro;
        this.seriesId = series.createSeries("Test 1:1 " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(),
                MeetingKind.ONE_ON_ONE, DayOfWeek.TUESDAY, LocalTime.of(9, 0), ZoneId.of("America/New_York"), 60,
                Set.of(ceo.personId(), cro.personId()), List.of(
                        new TemplateSectionSpec(SectionKind.CHANGES, "What changed since last week", null, 10),
                        new TemplateSectionSpec(SectionKind.PRIORITIES, "Top 3 priorities", null, 10),
                        new TemplateSectionSpec(SectionKind.DISCUSSION, "Cross-functional blockers", null, 15),
                        new TemplateSectionSpec(SectionKind.DISCUSSION, "Talent & coverage", null, 10),
                        new TemplateSectionSpec(SectionKind.MESSAGE, "Message alignment", null, 10))).id();
    }

    /** The series' meeting being prepared (created when there is none). */
    long nextMeeting() {
        return series.ensureNextMeeting(seriesId, ceo).id();
    }

    long section(long meetingId, int position) {
        return meetings.page(meetingId, ceo).sections().get(position - 1).id();
    }

    /** Closes a meeting with a message, as both leaders would. */
    long closeWithMessage(long meetingId, String message, boolean moveUndiscussed) {
        commands.writeMessage(meetingId, message, false, meetings.page(meetingId, ceo).messageVersion(), ceo);
        return commands.close(meetingId, moveUndiscussed, ceo).id();
    }
}

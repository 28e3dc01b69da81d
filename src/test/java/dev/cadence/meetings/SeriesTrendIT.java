package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import dev.cadence.web.ApplicationClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The series page's trend: each meeting's rating, whether it started and ended on time (from when it was actually
 * started and closed), the action items it raised done by their due date, what it carried over for the third time,
 * its decisions; and the page costs the same number of SQL statements after two meetings as after fourteen.
 */
@CadenceIntegrationTest
class SeriesTrendIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    MeetingRatingService ratings;
    @Autowired
    PersonService people;
    @Autowired
    ApplicationClock clock;

    CadenceUser ceo;
    CadenceUser cro;

    @Test
    void eachMeetingsTrendIsWhatHappenedInItAndThePageCostsTheSameHoweverManyMeetingsThereAre() throws Exception {
        ceo = people.principalOf("ceo");
        cro = people.principalOf("cro");
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, ceo, cro);
        long[] m = new long[5];
        long[] actions = new long[3];
        AsPerson.run(ceo, () -> {
            // 1: starts 9 minutes late and overruns by 20; three action items; a point nobody gets to, moved on every week.
            m[0] = fixture.nextMeeting();
            LocalDate day = day(m[0]);
            commands.addItem(m[0], fixture.section(m[0], 3), "Partner pricing", false, cro);
            start(m[0], 9);
            try (ApplicationClock.Scope during = clock.at(at(m[0], 30))) {
                actions[0] = actionItems.addActionItem(m[0], "Due in three days, done a week later", cro.personId(), day.plusDays(3), ceo).id();
                actions[1] = actionItems.addActionItem(m[0], "Due in a week, done then", cro.personId(), day.plusDays(7), ceo).id();
                actions[2] = actionItems.addActionItem(m[0], "Still open", ceo.personId(), day.plusDays(7), ceo).id();
            }
            m[1] = close(m[0], 80);
            ratings.rate(m[0], 8, ceo);
            ratings.rate(m[0], 6, cro);

            // 2: on time both ways; two of the action items ticked as it starts; a decision.
            start(m[1], 0);
            try (ApplicationClock.Scope during = clock.at(at(m[1], 0))) {
                actionItems.markActionItemDone(m[1], actions[0], true, cro);
                actionItems.markActionItemDone(m[1], actions[1], true, cro);
                commands.recordDecision(m[1], "Partner discount capped at 15%", "Capped at 15%.", "Margins.", ceo.personId(), null,
                        null, null, ceo);
            }
            m[2] = close(m[1], 55);
            ratings.rate(m[1], 9, cro);

            // 3: closed without being run live: its start and end are not known.
            m[3] = close(m[2], 70);

            // 4: two minutes late, three over: on time; the point arrives for the third time, the open action item too.
            start(m[3], 2);
            m[4] = close(m[3], 63);
        });

        SeriesTrend trend = meetings.trend(fixture.seriesId, ceo);
        assertThat(trend.withRatings()).isTrue();
        assertThat(trend.meetings()).extracting(SeriesTrend.Point::meetingId).containsExactly(m[0], m[1], m[2], m[3]);
        SeriesTrend.Point first = trend.meetings().get(0);
        assertThat(first.rating()).isEqualTo(7.0);
        assertThat(first.ratings()).isEqualTo(2);
        assertThat(first.lateMinutes()).isEqualTo(9);
        assertThat(first.overMinutes()).isEqualTo(20);
        assertThat(first.startedOnTime()).isFalse();
        assertThat(first.endedOnTime()).isFalse();
        assertThat(first.actionsRaised()).isEqualTo(3);
        assertThat(first.actionsDue()).as("done, or past their due date").isEqualTo(2);
        assertThat(first.actionsOnTime()).isEqualTo(1);
        assertThat(first.actionsOnTimeLabel()).isEqualTo("50%");
        assertThat(first.carriedOver()).isZero();
        SeriesTrend.Point second = trend.meetings().get(1);
        assertThat(second.rating()).isEqualTo(9.0);
        assertThat(second.startedOnTime()).isTrue();
        assertThat(second.endedOnTime()).isTrue();
        assertThat(second.overLabel()).isEqualTo("5 min early");
        assertThat(second.decisions()).isEqualTo(1);
        SeriesTrend.Point third = trend.meetings().get(2);
        assertThat(third.lateMinutes()).isNull();
        assertThat(third.startedOnTime()).isNull();
        assertThat(third.rating()).isNull();
        SeriesTrend.Point fourth = trend.meetings().get(3);
        assertThat(fourth.startedOnTime()).isTrue();
        assertThat(fourth.endedOnTime()).isTrue();
        assertThat(fourth.carriedOver()).as("the point moved on a third time and the action item open three meetings on").isEqualTo(2);
        assertThat(trend.averageRating()).isEqualTo("8.0");
        assertThat(trend.startedOnTime()).isEqualTo("2 of 3");
        assertThat(trend.endedOnTime()).isEqualTo("2 of 3");
        assertThat(trend.actionsOnTime()).isEqualTo("50%");
        assertThat(trend.carriedOverLatest()).isEqualTo(2);
        assertThat(trend.decisionsPerMeeting()).isEqualTo("0.3");

        MockHttpSession session = SignIn.demo(mvc, "ceo");
        String page = mvc.perform(get("/meetings/series/{id}", fixture.seriesId).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Is it getting better?", "8.0", "2 of 3", "+9 min", "+20 min", "50%", "(1 of 2)", "<polyline");
        String path = "/meetings/series/" + fixture.seriesId;
        long few = SqlStatements.countDuring(() -> mvc.perform(get(path).session(session)).andExpect(status().isOk()));

        // Ten more weeks, each rated, with a decision and an action item, its points carried on.
        AsPerson.run(ceo, () -> {
            long meeting = m[4];
            for (int week = 0; week < 10; week++) {
                long current = meeting;
                start(current, week % 3);
                try (ApplicationClock.Scope during = clock.at(at(current, 20))) {
                    commands.addItem(current, fixture.section(current, 4), "Week " + week + " point", false, ceo);
                    actionItems.addActionItem(current, "Week " + week + " action", cro.personId(), day(current).plusDays(5), ceo);
                    commands.recordDecision(current, "Week " + week + " decision", "Decided.", "Because.", ceo.personId(), null,
                            null, null, ceo);
                }
                meeting = close(current, 50 + week * 3);
                ratings.rate(current, 5 + week % 5, ceo);
                ratings.rate(current, 6, cro);
            }
        });
        assertThat(meetings.trend(fixture.seriesId, ceo).meetings()).hasSize(SeriesTrend.WINDOW);
        long many = SqlStatements.countDuring(() -> mvc.perform(get(path).session(session)).andExpect(status().isOk()));
        assertThat(many).as("the series page after fourteen meetings").isEqualTo(few).isLessThanOrEqualTo(16);
    }

    private void start(long meeting, int minutesLate) {
        try (ApplicationClock.Scope started = clock.at(at(meeting, minutesLate))) {
            commands.start(meeting, ceo);
        }
    }

    /** Closes with a message at that time, moving what was not discussed on; the next meeting. */
    private long close(long meeting, int minutesAfterItsTime) {
        try (ApplicationClock.Scope ending = clock.at(at(meeting, minutesAfterItsTime))) {
            commands.writeMessage(meeting, "Message.", false, meetings.page(meeting, ceo).messageVersion(), ceo);
            return commands.close(meeting, true, ceo).id();
        }
    }

    private Instant at(long meeting, int minutesAfterItsTime) {
        return meetings.page(meeting, ceo).meeting().instant().plus(Duration.ofMinutes(minutesAfterItsTime));
    }

    private LocalDate day(long meeting) {
        return meetings.page(meeting, ceo).meeting().startsAt().withZoneSameInstant(NEW_YORK).toLocalDate();
    }
}

package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.SqlStatements;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What Home reads from meetings: a participant's preparation of each open meeting, and the latest messages to the org. */
@CadenceIntegrationTest
class MeetingsForHomeIT {

    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    PersonService people;

    @Test
    void preparationCountsThePersonsOwnPointsAndTheTopThree() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        PersonView person = PersonFixture.add(people, "Pat Preparer", Role.CRO);
        CadenceUser cro = people.activePrincipal(person.id()).orElseThrow();
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, ceo, cro);
        long meeting = fixture.nextMeeting();

        MeetingPreparation before = only(meetings.preparationFor(cro.personId()));
        assertThat(before.meeting().id()).isEqualTo(meeting);
        assertThat(before.yourItems()).isZero();
        assertThat(before.hasPrioritiesSection()).isTrue();
        assertThat(before.prepared()).isFalse();
        assertThat(before.status()).isEqualTo("none of your points yet · top 3: not set");

        commands.addItem(meeting, fixture.section(meeting, 3), "A private worry", true, cro);
        MeetingPreparation pointOnly = only(meetings.preparationFor(cro.personId()));
        assertThat(pointOnly.yourItems()).as("private points count for their author").isEqualTo(1);
        assertThat(pointOnly.prepared()).as("the top 3 is still empty").isFalse();

        commands.addItem(meeting, fixture.section(meeting, 2), "Close Globex", false, ceo);
        MeetingPreparation ready = only(meetings.preparationFor(cro.personId()));
        assertThat(ready.priorities()).isEqualTo(1);
        assertThat(ready.prepared()).isTrue();
        assertThat(ready.status()).isEqualTo("1 of your points · top 3: 1 of 3");
        assertThat(only(meetings.preparationFor(ceo.personId()) .stream()
                .filter(p -> p.meeting().seriesId() == fixture.seriesId).toList()).yourItems())
                .as("the CEO's own: the priority, not the CRO's private point").isEqualTo(1);
        assertThat(SqlStatements.countDuring(() -> meetings.preparationFor(cro.personId()))).isEqualTo(1);
    }

    @Test
    void theLatestMessagesComeFromClosedMeetingsNewestFirst() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        PersonView person = PersonFixture.add(people, "Mo Messenger", Role.CRO);
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, ceo,
                people.activePrincipal(person.id()).orElseThrow());
        String text = "We hold the price " + System.nanoTime() + ".";
        long next = fixture.closeWithMessage(fixture.nextMeeting(), text, false);

        // Other tests close meetings weeks ahead of today: read far enough back to reach this one.
        List<OrgMessage> latest = meetings.latestMessages(1000);
        assertThat(latest).filteredOn(m -> m.seriesId() == fixture.seriesId).singleElement().satisfies(m -> {
            assertThat(m.message()).isEqualTo(text);
            assertThat(m.writtenBy()).isEqualTo("Maya Chen");
        });
        assertThat(latest).extracting(OrgMessage::meetingId).doesNotContain(next);
        assertThat(latest).extracting(OrgMessage::day).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(meetings.latestMessages(2)).hasSizeLessThanOrEqualTo(2);
        assertThat(SqlStatements.countDuring(() -> meetings.latestMessages(3))).isEqualTo(1);
    }

    private static MeetingPreparation only(List<MeetingPreparation> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}

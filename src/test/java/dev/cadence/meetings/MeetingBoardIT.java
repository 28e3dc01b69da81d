package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonDetails;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.web.RuleViolationException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The board never writes in a meeting: not as an action item's owner, not as a participant. */
@CadenceIntegrationTest
class MeetingBoardIT {

    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    PersonService people;
    @Autowired
    Clock clock;

    @Test
    void aBoardMemberIsRefusedAsAnActionItemsOwner() {
        CadenceUser ceo = people.principalOf("ceo");
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, ceo, people.principalOf("cro"));
        long meeting = fixture.nextMeeting();
        PersonView board = PersonFixture.add(people, "Board Not Owner", Role.BOARD);

        assertThatThrownBy(() -> actionItems.addActionItem(meeting, "Prepare the board pack", board.id(),
                LocalDate.now(clock).plusDays(3), ceo))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Board Not Owner is a board member, who reads but never writes")
                .extracting("field").isEqualTo("ownerId");
        assertThat(meetings.page(meeting, ceo).actions()).isEmpty();
        assertThat(meetings.page(meeting, ceo).people()).extracting(PersonView::id).doesNotContain(board.id());
    }

    @Test
    void aBoardMemberIsRefusedAsAParticipantAndOneWhoBecameBoardNoLongerChangesTheMeeting() {
        CadenceUser ceo = people.principalOf("ceo");
        PersonView board = PersonFixture.add(people, "Board Not Participant", Role.BOARD);
        assertThatThrownBy(() -> seriesService.createSeries("Board 1:1 " + board.id(), MeetingKind.ONE_ON_ONE,
                DayOfWeek.MONDAY, LocalTime.NOON, ZoneId.of("UTC"), 30, Set.of(ceo.personId(), board.id()),
                List.of(new TemplateSectionSpec(SectionKind.DISCUSSION, "Talk", null, 30))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Board Not Participant is a board member");

        PersonView participant = PersonFixture.add(people, "Participant Then Board", Role.CRO);
        MeetingFixture fixture = new MeetingFixture(seriesService, meetings, commands, ceo,
                people.activePrincipal(participant.id()).orElseThrow());
        long meeting = fixture.nextMeeting();
        long section = fixture.section(meeting, 3);
        people.update(participant.id(), new PersonDetails(participant.name(), participant.email(), participant.username(), null),
                EnumSet.of(Role.BOARD), participant.version(), people.principalOf("admin").personId());
        CadenceUser nowBoard = people.activePrincipal(participant.id()).orElseThrow();

        assertThatThrownBy(() -> commands.addItem(meeting, section, "A board member's point", false, nowBoard))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(meetings.page(meeting, nowBoard).canRun()).isFalse();
    }
}

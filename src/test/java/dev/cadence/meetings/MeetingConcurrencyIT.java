package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.web.StaleEditException;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two saves of the same agenda item at the same moment: one is saved, the other is refused as stale (never a
 * crash). Changes to two meetings at once never crash either. (Two edits of one series: {@code SeriesEditingIT}.)
 */
@CadenceIntegrationTest
class MeetingConcurrencyIT {

    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    PersonService people;

    CadenceUser ceo;
    CadenceUser cro;
    MeetingFixture fixture;

    @BeforeEach
    void aSeriesOfItsOwn() {
        ceo = people.principalOf("ceo");
        cro = people.principalOf("cro");
        fixture = new MeetingFixture(seriesService, meetings, commands, ceo, cro);
    }

    @Test
    void twoEditsOfOneItemAtOnceSaveOneAndRefuseTheOther() throws Exception {
        long meeting = fixture.nextMeeting();
        ItemView item = commands.addItem(meeting, fixture.section(meeting, 3), "Legal review takes 9 days", false, ceo);

        List<String> outcomes = Race.between("agenda_item",
                outcome(() -> commands.editItem(meeting, item.id(), "Legal review takes 10 days", null, item.version(), ceo)),
                outcome(() -> commands.editItem(meeting, item.id(), "Legal review takes 8 days", null, item.version(), cro)));

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
    }

    @Test
    void closingAMeetingWhileSomeoneAddsToTheNextOneSavesBoth() throws Exception {
        long first = fixture.nextMeeting();
        ItemView moved = commands.addItem(first, fixture.section(first, 3), "Pricing pages", false, ceo);
        long second = commands.moveToNextMeeting(first, moved.id(), ceo).id();
        commands.addItem(first, fixture.section(first, 3), "Undiscussed, moves on at close", false, ceo);
        commands.writeMessage(first, "One message.", false, meetings.page(first, ceo).messageVersion(), ceo);

        // Closing moves the undiscussed point into the next meeting, which someone is adding to at that moment.
        List<String> outcomes = Race.between("agenda_item",
                outcome(() -> commands.close(first, true, ceo)),
                outcome(() -> commands.addItem(second, fixture.section(second, 3), "Added meanwhile", false, cro)));

        assertThat(outcomes).containsExactly("saved", "saved");
        assertThat(meetings.page(second, ceo).sections().get(2).items()).extracting(ItemView::text)
                .contains("Pricing pages", "Undiscussed, moves on at close", "Added meanwhile");
    }

    /** "saved", "stale", or what else escaped (which fails the test). */
    private static Callable<String> outcome(Callable<?> save) {
        return () -> {
            try {
                save.call();
                return "saved";
            } catch (StaleEditException stale) {
                return "stale";
            } catch (RuntimeException other) {
                return other.toString();
            }
        };
    }
}

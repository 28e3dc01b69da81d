package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.web.RuleViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meeting rules hold for a series of any kind, not only the 1:1 they were built for: a CMO–VP CS series of kind
 * Other, every two weeks, keeps private points private, never has more than three priorities, closes only with a
 * message (or none, said so), and carries open action items and undiscussed points to its next meeting.
 */
@CadenceIntegrationTest
class OtherSeriesRulesIT {

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

    @Test
    void privateNotesTopThreeTheMessageRuleAndCarryOverWorkForASeriesOfAnotherKind() {
        CadenceUser cmo = people.principalOf("cmo");
        CadenceUser vpcs = people.principalOf("vpcs");
        CadenceUser ceo = people.principalOf("ceo");
        AsPerson.run(ceo, () -> {
            MeetingSeriesService.Created created = seriesService.create(new SeriesSpec("CMO–VP CS sync " + System.nanoTime(),
                    MeetingKind.OTHER, Set.of(cmo.personId(), vpcs.personId()),
                    new Schedule(Frequency.EVERY_TWO_WEEKS, DayOfWeek.WEDNESDAY, null, LocalTime.of(15, 0), ZoneId.of("America/Chicago"), 45),
                    AgendaTemplates.other()), null, ceo);
            assertThat(created.canSee()).as("the CEO set it up for two others").isFalse();
            long first = created.first().id();
            MeetingPage page = meetings.page(first, cmo);
            long updates = page.sections().get(0).id();
            long priorities = page.sections().get(1).id();
            long issues = page.sections().get(2).id();

            // Private points are their author's alone.
            commands.addItem(first, issues, "Renewal playbook is stale", false, cmo);
            commands.addItem(first, issues, "Elena's team is stretched thin", true, cmo);
            assertThat(meetings.page(first, vpcs).sections().get(2).items()).extracting(ItemView::text)
                    .containsExactly("Renewal playbook is stale");
            assertThat(meetings.page(first, cmo).sections().get(2).items()).extracting(ItemView::text)
                    .containsExactly("Renewal playbook is stale", "Elena's team is stretched thin");

            // Three priorities, never four.
            for (String p : new String[] {"Onboarding webinar", "Churn save desk", "Customer advisory board"}) {
                commands.addItem(first, priorities, p, false, vpcs);
            }
            assertThatThrownBy(() -> commands.addItem(first, priorities, "A fourth", false, cmo))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("never more than three");

            // An action item, and a point nobody got to.
            actionItems.addActionItem(first, "Refresh the renewal playbook", vpcs.personId(), LocalDate.now().plusDays(10), cmo);
            commands.addItem(first, updates, "Webinar numbers", false, vpcs);

            // No close without the message (or "no message").
            assertThatThrownBy(() -> commands.close(first, true, cmo)).isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("Agree the message to the org");
            commands.writeMessage(first, null, true, meetings.page(first, cmo).messageVersion(), cmo);
            MeetingSummary next = commands.close(first, true, cmo);

            // Two weeks later, same local time; the open action item and the undiscussed point are there.
            assertThat(next.startsAt()).isEqualTo(meetings.page(first, cmo).meeting().startsAt().plusWeeks(2));
            MeetingPage second = meetings.page(next.id(), vpcs);
            assertThat(second.actions()).extracting(ActionItemView::text).containsExactly("Refresh the renewal playbook");
            assertThat(second.actions()).allMatch(ActionItemView::carried);
            assertThat(second.sections().get(0).items()).extracting(ItemView::text).containsExactly("Webinar numbers");
            assertThat(second.sections().get(2).items()).extracting(ItemView::text).as("the private point moved, still private")
                    .containsExactly("Renewal playbook is stale");
            assertThat(meetings.page(next.id(), cmo).sections().get(2).items()).extracting(ItemView::text)
                    .containsExactly("Renewal playbook is stale", "Elena's team is stretched thin");
            assertThat(meetings.closedRecap(first, vpcs).orElseThrow().noMessage()).isTrue();
        });
    }
}

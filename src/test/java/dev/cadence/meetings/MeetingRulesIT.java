package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The 1:1's rules: three priorities at most, carry-over without duplicates, closing needs the message, conflicts. */
@CadenceIntegrationTest
class MeetingRulesIT {

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
    DecisionService decisions;
    @Autowired
    PersonService people;
    @Autowired
    Clock clock;

    MeetingFixture fixture;
    CadenceUser ceo;
    CadenceUser cro;

    @BeforeEach
    void aFreshSeries() {
        ceo = people.principalOf("ceo");
        cro = people.principalOf("cro");
        fixture = new MeetingFixture(seriesService, meetings, commands, ceo, cro);
    }

    @Test
    void aFourthPriorityIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        long meeting = fixture.nextMeeting();
        long priorities = fixture.section(meeting, 2);
        commands.addItem(meeting, priorities, "Enterprise coverage to 3×", false, cro);
        commands.addItem(meeting, priorities, "SDR hiring plan", false, ceo);
        commands.addItem(meeting, priorities, "Pricing page", false, cro);

        assertThatThrownBy(() -> commands.addItem(meeting, priorities, "A fourth one", false, ceo))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("never more than three");

        // Through the page too: 422, the form comes back with the message and the text typed.
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        mvc.perform(post("/meetings/{id}/items", meeting).session(session).with(csrf()).header("HX-Request", "true")
                        .param("sectionId", String.valueOf(priorities)).param("text", "Yet another priority"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("never more than three")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Yet another priority")));

        SectionView section = meetings.page(meeting, ceo).sections().get(1);
        assertThat(section.items()).extracting(ItemView::text)
                .containsExactly("Enterprise coverage to 3×", "SDR hiring plan", "Pricing page");
        assertThat(section.items()).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(ItemKind.PRIORITY);
            assertThat(i.privateItem()).isFalse();
        });

        // Dropping one makes room again.
        commands.deleteItem(meeting, section.items().get(2).id(), section.items().get(2).version(), ceo);
        commands.addItem(meeting, priorities, "A fourth one", false, ceo);
        assertThat(meetings.page(meeting, ceo).sections().get(1).items()).hasSize(3);
    }

    @Test
    void manyPrioritiesAddedAtOnceNeverMakeMoreThanThreeAndTheRestAreRefusedCleanly() throws Exception {
        long meeting = fixture.nextMeeting();
        long priorities = fixture.section(meeting, 2);
        int attempts = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                CadenceUser who = i % 2 == 0 ? ceo : cro;
                String text = "Priority " + i;
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        commands.addItem(meeting, priorities, text, false, who);
                        return true;
                    } catch (RuleViolationException refused) {
                        return false;
                    }
                }));
            }
            go.countDown();
            long added = 0;
            for (java.util.concurrent.Future<Boolean> result : results) {
                // A refusal is the rule's message, never a crash of two writers colliding.
                added += result.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(added).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(meetings.page(meeting, ceo).sections().get(1).items()).hasSize(3);
    }

    @Test
    void openActionItemsCarryOverUntilDoneAndAreNeverDuplicated() {
        long first = fixture.nextMeeting();
        ActionItemView memo = actionItems.addActionItem(first, "Send the pricing memo", cro.personId(),
                LocalDate.now(clock).plusDays(5), ceo);
        actionItems.addActionItem(first, "Book the board prep", ceo.personId(), LocalDate.now(clock).plusDays(5), ceo);
        long talkingPoint = commands.addItem(first, fixture.section(first, 3), "Legal review takes 9 days", false, cro).id();
        commands.addItem(first, fixture.section(first, 3), "Discussed already", false, cro);
        commands.markDiscussed(first, meetings.page(first, ceo).sections().get(2).items().get(1).id(), true, ceo);
        commands.start(first, ceo);
        actionItems.markActionItemDone(first, meetings.page(first, ceo).actions().get(1).id(), true, ceo);

        long second = fixture.closeWithMessage(first, "One message for week one.", true);

        MeetingPage secondPage = meetings.page(second, ceo);
        assertThat(secondPage.actions()).extracting(ActionItemView::text).containsExactly("Send the pricing memo");
        assertThat(secondPage.actions().get(0).carried()).isTrue();
        assertThat(secondPage.sections().get(2).items()).extracting(ItemView::text).containsExactly("Legal review takes 9 days");
        assertThat(secondPage.sections().get(2).items().get(0).movedFrom()).isTrue();

        // Still open a week later: shown once more, not twice; ticked done there, it leaves the following meeting.
        long third = fixture.closeWithMessage(second, "Week two.", true);
        MeetingPage thirdPage = meetings.page(third, ceo);
        assertThat(thirdPage.actions()).extracting(ActionItemView::id).containsExactly(memo.id());
        assertThat(thirdPage.sections().get(2).items()).extracting(ItemView::text).containsExactly("Legal review takes 9 days");
        actionItems.markActionItemDone(third, memo.id(), true, cro);
        long fourth = fixture.closeWithMessage(third, "Week three.", true);
        assertThat(meetings.page(fourth, ceo).actions()).isEmpty();

        // The recap of the first meeting lists what was raised there; the third's, what was carried into it.
        RecapView firstRecap = meetings.closedRecap(first, ceo).orElseThrow();
        assertThat(firstRecap.raised()).extracting(ActionItemView::text).containsExactly("Send the pricing memo", "Book the board prep");
        assertThat(firstRecap.movedPoints()).extracting(ItemView::id).containsExactly(talkingPoint);
        assertThat(meetings.closedRecap(third, ceo).orElseThrow().carried()).extracting(ActionItemView::text).containsExactly("Send the pricing memo");
        assertThat(meetings.closedRecap(third, ceo).orElseThrow().carried().get(0).done()).isTrue();
    }

    @Test
    void aPointMovedByHandIsNotMovedAgainWhenTheMeetingCloses() {
        long meeting = fixture.nextMeeting();
        ItemView point = commands.addItem(meeting, fixture.section(meeting, 4), "Ramp of the new AEs", false, ceo);
        commands.moveToNextMeeting(meeting, point.id(), ceo);
        long next = fixture.closeWithMessage(meeting, "Message.", true);
        assertThat(meetings.page(next, ceo).sections().get(3).items()).extracting(ItemView::text).containsExactly("Ramp of the new AEs");
        assertThatThrownBy(() -> commands.moveToNextMeeting(meeting, point.id(), ceo)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void closingWithoutTheMessageIsRefusedUntilThereIsOneOrExplicitlyNone() throws Exception {
        long meeting = fixture.nextMeeting();
        commands.start(meeting, ceo);
        assertThatThrownBy(() -> commands.close(meeting, true, ceo))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("message to the org");

        MockHttpSession session = SignIn.demo(mvc, "cro");
        mvc.perform(post("/meetings/{id}/close", meeting).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.page(meeting, ceo).status()).isEqualTo(MeetingStatus.LIVE);

        commands.writeMessage(meeting, "   ", true, meetings.page(meeting, ceo).messageVersion(), cro);
        commands.close(meeting, true, cro);
        MeetingPage closed = meetings.page(meeting, ceo);
        assertThat(closed.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(closed.noMessage()).isTrue();
        assertThat(closed.next()).isNotNull();

        // Past meetings are read-only.
        assertThatThrownBy(() -> commands.addItem(meeting, fixture.section(meeting, 3), "Too late", false, ceo))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("read-only");
    }

    @Test
    void twoEditsOfTheSameItemTheSecondIsRefusedShowingTheOthersText() throws Exception {
        long meeting = fixture.nextMeeting();
        ItemView point = commands.addItem(meeting, fixture.section(meeting, 3), "Legal review is slow", false, cro);
        commands.editItem(meeting, point.id(), "Legal review takes 9 days on enterprise paper", null, point.version(), ceo);

        assertThatThrownBy(() -> commands.editItem(meeting, point.id(), "Legal is slow", "CRO's notes", point.version(), cro))
                .isInstanceOf(StaleEditException.class);

        MockHttpSession session = SignIn.demo(mvc, "cro");
        mvc.perform(post("/meetings/{id}/items/{item}", meeting, point.id()).session(session).with(csrf())
                        .header("HX-Request", "true").param("text", "Legal is slow, my version").param("notes", "")
                        .param("version", String.valueOf(point.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Maya Chen")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Legal review takes 9 days on enterprise paper")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Legal is slow, my version")));
        assertThat(meetings.item(meeting, point.id(), ceo).text()).isEqualTo("Legal review takes 9 days on enterprise paper");

        // The message likewise: the second save of the same version is refused with the first one's text.
        long loaded = meetings.page(meeting, ceo).messageVersion();
        commands.writeMessage(meeting, "We hold EMEA hiring.", false, loaded, ceo);
        commands.addItem(meeting, fixture.section(meeting, 3), "Other changes do not make the message stale", false, cro);
        assertThatThrownBy(() -> commands.writeMessage(meeting, "We hire in EMEA.", false, loaded, cro))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Maya Chen").hasMessageContaining("We hold EMEA hiring.");
        commands.writeMessage(meeting, "We hold EMEA hiring; Q1 targets next week.", false,
                meetings.page(meeting, cro).messageVersion(), cro);
        assertThat(meetings.page(meeting, ceo).message()).isEqualTo("We hold EMEA hiring; Q1 targets next week.");
    }

    @Test
    void aDecisionCapturedInTheMeetingIsInTheLogLinkedBackAndCheckedAgainstTheMap() {
        long meeting = fixture.nextMeeting();
        commands.start(meeting, ceo);
        long pricing = decisions.areas().stream().filter(a -> a.name().equals("Pricing and discount approval")).findFirst()
                .orElseThrow().id();
        // The map gives pricing to the CRO: the CEO deciding it needs a reason.
        assertThatThrownBy(() -> commands.recordDecision(meeting, "Price rise for SMB", "SMB list price +8% from March", "Costs",
                ceo.personId(), pricing, null, null, ceo))
                .isInstanceOf(dev.cadence.decisions.DeciderNotEntitledException.class);
        DecisionSummary recorded = commands.recordDecision(meeting, "Price rise for SMB", "SMB list price +8% from March",
                "Costs", cro.personId(), pricing, "SMB prices rise 8% in March.", null, cro);

        assertThat(decisions.fromMeeting(meeting)).extracting(DecisionSummary::id).containsExactly(recorded.id());
        assertThat(recorded.meetingLabel()).startsWith("Test 1:1");
        assertThat(meetings.page(meeting, ceo).decisions()).extracting(DecisionSummary::title).containsExactly("Price rise for SMB");
    }

    @Test
    void whatChangedIsFilledFromDataWithLinksToTheSources() {
        long meeting = fixture.nextMeeting();
        List<ItemView> filled = meetings.page(meeting, ceo).sections().get(0).items();
        assertThat(filled).isNotEmpty().allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(ItemKind.DATA);
            assertThat(i.sourceUrl()).startsWith("/");
        });
        // The demo scorecard has speed to lead off track since two SDRs left.
        assertThat(filled).extracting(ItemView::text).anySatisfy(t -> assertThat(t).contains("Speed to lead"));
        // Refreshing replaces the entries, never adds them twice.
        int before = filled.size();
        commands.refreshFromData(meeting, cro);
        assertThat(meetings.page(meeting, ceo).sections().get(0).items()).hasSize(before);
    }

    @Test
    void aRefusalWithoutAFormOfItsOwnComesBackAsAReadableMessage() throws Exception {
        long meeting = fixture.nextMeeting();
        ItemView fromData = meetings.page(meeting, ceo).sections().get(0).items().get(0);
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        mvc.perform(post("/meetings/{id}/items/{item}/delete", meeting, fromData.id()).session(session).with(csrf())
                        .header("HX-Request", "true").param("version", String.valueOf(fromData.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("HX-Reswap", "none"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Entries filled from data stay")));
        assertThat(meetings.page(meeting, ceo).sections().get(0).items()).extracting(ItemView::id).contains(fromData.id());
        // No recap before the meeting is closed: the PDF link leads back to the meeting.
        mvc.perform(get("/meetings/{id}/recap.pdf", meeting).session(session)).andExpect(status().isSeeOther());
    }

    @Test
    void aRefusedFormComesBackInPlaceWithEveryErrorBesideItsField() throws Exception {
        long meeting = fixture.nextMeeting();
        int before = meetings.page(meeting, ceo).actions().size();
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        mvc.perform(post("/meetings/{id}/actions", meeting).session(session).with(csrf()).header("HX-Request", "true")
                        .param("text", " ").param("ownerId", "").param("dueOn", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("HX-Retarget", "#action-form"))
                .andExpect(header().string("HX-Reswap", "outerHTML"))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("id=\"action-form\""),
                        org.hamcrest.Matchers.containsString("Say what is to be done."),
                        org.hamcrest.Matchers.containsString("Choose who owns it: one active person."),
                        org.hamcrest.Matchers.containsString("Give it a due date."))));
        assertThat(meetings.page(meeting, ceo).actions()).hasSize(before);
    }

    @Test
    void livePollingAnswersNoContentUntilSomethingChanges() throws Exception {
        long meeting = fixture.nextMeeting();
        long revision = meetings.page(meeting, ceo).revision();
        MockHttpSession session = SignIn.demo(mvc, "cro");
        mvc.perform(get("/meetings/{id}/live", meeting).param("rev", String.valueOf(revision)).session(session))
                .andExpect(status().isNoContent());
        commands.addItem(meeting, fixture.section(meeting, 3), "New from the CEO", false, ceo);
        mvc.perform(get("/meetings/{id}/live", meeting).param("rev", String.valueOf(revision)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("New from the CEO")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hx-swap-oob")));
    }
}

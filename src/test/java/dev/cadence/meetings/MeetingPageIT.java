package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.scorecard.MetricStatus;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The meeting page read in seconds: "what changed" as a table of metric changes, data nobody discussed kept out of the
 * recap, the priorities put in order (stale-safe), closing's summary and its confirmation for a meeting that never
 * started, and forms that come back empty with a confirmation after a save.
 */
@CadenceIntegrationTest
class MeetingPageIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    AgendaItemRepository items;
    @Autowired
    PersonService people;
    @Autowired
    JdbcTemplate jdbc;

    CadenceUser ceo;
    CadenceUser cro;
    MeetingFixture fixture;
    long meeting;

    @BeforeEach
    void aMeetingInPreparation() {
        ceo = people.principalOf("ceo");
        cro = people.principalOf("cro");
        fixture = new MeetingFixture(seriesService, meetings, commands, ceo, cro);
        meeting = fixture.nextMeeting();
    }

    @Test
    void whatChangedIsATableOfMetricChangesAndDataNobodyDiscussedStaysOutOfTheRecap() throws Exception {
        long changes = fixture.section(meeting, 1);
        items.deleteAll(items.findShared(meeting).stream().filter(i -> i.getKind() == ItemKind.DATA).toList());
        AgendaItem discussedRow = items.save(AgendaItem.fromData(meeting, changes, "Win rate: 22% (W48) → 18% (W49)", "/metrics/win-rate",
                "Scorecard", new MetricFigures("Win rate (Enterprise)", "W48", "W49", "22%", "18%", "25%", MetricStatus.AT_RISK,
                        MetricStatus.OFF_TRACK), -100, Instant.now()));
        items.save(AgendaItem.fromData(meeting, changes, "Churn: 0.9% (W48) → 0.38% (W49)", "/metrics/churn", "Scorecard",
                new MetricFigures("Undiscussed churn row", "W48", "W49", "0.9%", "0.38%", "0.40%", MetricStatus.OFF_TRACK,
                        MetricStatus.ON_TRACK), -99, Instant.now()));
        items.save(AgendaItem.fromData(meeting, changes, "Overdue action item nobody discussed.", "/meetings", "Action item", null,
                -98, Instant.now()));
        commands.markDiscussed(meeting, discussedRow.getId(), true, ceo);
        commands.addItem(meeting, changes, "A talking point of our own", false, cro);

        MockHttpSession session = SignIn.demo(mvc, "ceo");
        // The page: one row per metric, the periods said once in the table's head, the statuses as words.
        mvc.perform(get("/meetings/{id}", meeting).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"changes-table changes-table--shared\"")))
                .andExpect(content().string(containsString(">W48 → W49</th>")))
                .andExpect(content().string(containsString("Win rate (Enterprise)")))
                .andExpect(content().string(containsString("1 metric worse · 1 metric better · 1 other signal · 1 discussed")));

        // Closed: only what was discussed of the data is in the recap, as the same table; the talking point stays.
        commands.writeMessage(meeting, "Nothing for the org.", false, meetings.page(meeting, ceo).messageVersion(), ceo);
        commands.close(meeting, false, true, ceo);
        RecapView recap = meetings.closedRecap(meeting, ceo).orElseThrow();
        assertThat(recap.sections().get(0).items()).extracting(ItemView::text)
                .containsExactly("Win rate: 22% (W48) → 18% (W49)", "A talking point of our own");
        mvc.perform(get("/meetings/{id}/recap", meeting).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Win rate (Enterprise)")))
                .andExpect(content().string(containsString("At risk → Off track")))
                .andExpect(content().string(not(containsString("Undiscussed churn row"))))
                .andExpect(content().string(not(containsString("Overdue action item nobody discussed"))));
    }

    @Test
    void prioritiesAreReorderedByTheirButtonsAndByAWholeOrderAndAStaleOrderIsRefused() throws Exception {
        long priorities = fixture.section(meeting, 2);
        long a = commands.addItem(meeting, priorities, "Coverage to 3×", false, cro).id();
        long b = commands.addItem(meeting, priorities, "SDR plan", false, ceo).id();
        long c = commands.addItem(meeting, priorities, "Pricing page", false, cro).id();
        MockHttpSession session = SignIn.demo(mvc, "ceo");

        // Moved down by its button: announced, and the page's order follows.
        mvc.perform(post("/meetings/{id}/items/{i}/move", meeting, a).session(session).with(csrf()).header("HX-Request", "true")
                        .param("direction", "down").param("seen", a + "," + b + "," + c))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Moved “Coverage to 3×” to position 2 of 3.")));
        assertThat(order(priorities)).containsExactly(b, a, c);

        // Dragged: the whole order.
        mvc.perform(post("/meetings/{id}/sections/{s}/order", meeting, priorities).session(session).with(csrf())
                        .header("HX-Request", "true").param("order", c + "," + b + "," + a).param("seen", b + "," + a + "," + c)
                        .param("moved", String.valueOf(c)))
                .andExpect(status().isOk());
        assertThat(order(priorities)).containsExactly(c, b, a);

        // From an order the page no longer shows: 409, the order now named, nothing changed.
        mvc.perform(post("/meetings/{id}/items/{i}/move", meeting, a).session(session).with(csrf()).header("HX-Request", "true")
                        .param("direction", "up").param("seen", a + "," + b + "," + c))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed the priorities meanwhile")))
                .andExpect(content().string(containsString("1. Pricing page, 2. SDR plan, 3. Coverage to 3×")));
        assertThat(order(priorities)).containsExactly(c, b, a);

        // The first can go no higher; an order that leaves one out is refused; talking points are not reordered.
        mvc.perform(post("/meetings/{id}/items/{i}/move", meeting, c).session(session).with(csrf()).header("HX-Request", "true")
                        .param("direction", "up").param("seen", c + "," + b + "," + a))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("“Pricing page” is already first.")));
        assertThatThrownBy(() -> commands.reorderPriorities(meeting, priorities, List.of(c, b), List.of(c, b, a), ceo))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("each of the 3 priorities once");
        long blockers = fixture.section(meeting, 3);
        long point = commands.addItem(meeting, blockers, "Legal", false, ceo).id();
        assertThatThrownBy(() -> commands.reorderPriorities(meeting, blockers, List.of(point), List.of(point), ceo))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Only the top three priorities");

        // Someone who does not take part may not reorder (403); the board neither.
        mvc.perform(post("/meetings/{id}/sections/{s}/order", meeting, priorities).session(SignIn.demo(mvc, "cfo")).with(csrf())
                        .header("HX-Request", "true").param("order", a + "," + b + "," + c).param("seen", c + "," + b + "," + a))
                .andExpect(status().isForbidden());
        assertThat(order(priorities)).containsExactly(c, b, a);
    }

    @Test
    void twoReordersAtOnceSaveOneAndRefuseTheOther() throws Exception {
        long priorities = fixture.section(meeting, 2);
        long a = commands.addItem(meeting, priorities, "One", false, cro).id();
        long b = commands.addItem(meeting, priorities, "Two", false, ceo).id();
        long c = commands.addItem(meeting, priorities, "Three", false, cro).id();

        List<String> outcomes = Race.between(List.of("agenda_item"),
                outcome(() -> commands.reorderPriorities(meeting, priorities, List.of(c, a, b), List.of(a, b, c), ceo)),
                outcome(() -> commands.reorderPriorities(meeting, priorities, List.of(b, c, a), List.of(a, b, c), cro)));

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        assertThat(order(priorities)).isIn(List.of(c, a, b), List.of(b, c, a));
    }

    @Test
    void closingShowsItsSummaryFirstAndAMeetingInPreparationClosesOnlyWhenConfirmed() throws Exception {
        long blockers = fixture.section(meeting, 3);
        commands.addItem(meeting, blockers, "Legal review takes 9 days", false, ceo);
        commands.addItem(meeting, fixture.section(meeting, 4), "Private: a second director?", true, cro);
        MockHttpSession session = SignIn.demo(mvc, "ceo");

        // The summary: not started, nothing covered, two points that move on (a private one counted, never shown), no message.
        mvc.perform(get("/meetings/{id}/close-summary", meeting).session(session).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The meeting has not started")))
                .andExpect(content().string(containsString("Not covered (5 of 5):")))
                .andExpect(content().string(containsString("2 talking points not discussed: they move to next week")))
                .andExpect(content().string(containsString("No message to the org yet")))
                .andExpect(content().string(containsString("Close it without holding it")))
                .andExpect(content().string(not(containsString("a second director"))));

        // Without the message: refused in the close card, beside its button.
        mvc.perform(post("/meetings/{id}/close", meeting).session(session).with(csrf()).header("HX-Request", "true")
                        .param("moveUndiscussed", "true").param("closeUnstarted", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("HX-Retarget", "#close-summary"))
                .andExpect(content().string(containsString("Agree the message to the org before closing")));
        commands.writeMessage(meeting, "We hold EMEA hiring.", false, meetings.page(meeting, ceo).messageVersion(), ceo);

        // In preparation and not confirmed: refused, saying how; the meeting stays open. Straight to the service too.
        mvc.perform(post("/meetings/{id}/close", meeting).session(session).with(csrf()).header("HX-Request", "true")
                        .param("moveUndiscussed", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This meeting has not started: it is still in preparation.")));
        mvc.perform(post("/meetings/{id}/close", meeting).session(session).with(csrf()).param("moveUndiscussed", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/meetings/" + meeting + "#close")));
        assertThatThrownBy(() -> commands.close(meeting, true, false, ceo)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("still in preparation");
        assertThat(meetings.page(meeting, ceo).status()).isEqualTo(MeetingStatus.PREP);

        // Confirmed: closed; the browser is sent to the recap.
        mvc.perform(post("/meetings/{id}/close", meeting).session(session).with(csrf()).header("HX-Request", "true")
                        .param("moveUndiscussed", "true").param("closeUnstarted", "true").param("rating", "7"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/meetings/" + meeting + "/recap"));
        assertThat(meetings.page(meeting, ceo).status()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void aLiveMeetingClosesWithoutConfirmationAndItsSummaryCountsWhatWasCovered() throws Exception {
        commands.addItem(meeting, fixture.section(meeting, 3), "Discussed blocker", false, ceo);
        commands.start(meeting, ceo);
        commands.moveToSection(meeting, fixture.section(meeting, 2), ceo);
        ItemView blocker = meetings.page(meeting, ceo).sections().get(2).items().get(0);
        commands.markDiscussed(meeting, blocker.id(), true, ceo);

        CloseSummary summary = meetings.closeSummary(meeting, ceo);
        assertThat(summary.inPreparation()).isFalse();
        assertThat(summary.notCovered()).containsExactly("Talent & coverage", "Message alignment");
        assertThat(summary.undiscussed()).isZero();

        commands.writeMessage(meeting, "Done.", false, meetings.page(meeting, ceo).messageVersion(), ceo);
        assertThat(commands.close(meeting, false, false, ceo)).isNotNull();
    }

    @Test
    void whatIsWrittenOutsideTheMeetingsOwnSavesShowsOnTheNextReadOfTheKeptPage() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "cro");
        AsPerson.run(ceo, () -> commands.addItem(meeting, fixture.section(meeting, 3), "Legal review takes 9 days", false, ceo));
        String before = mvc.perform(get("/meetings/{id}", meeting).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(before).contains("Legal review takes 9 days").doesNotContain("Legal review takes 4 days");

        // As another node, or a script, would: straight into the database, with no revision moved by the app.
        jdbc.update("update agenda_item set text = 'Legal review takes 4 days' where meeting_id = ? and text = 'Legal review takes 9 days'",
                meeting);
        String after = mvc.perform(get("/meetings/{id}", meeting).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Legal review takes 4 days").doesNotContain("Legal review takes 9 days");
        // The kept agenda carries nobody's CSRF token: its forms post with htmx, whose header carries the reader's own.
        String agenda = after.substring(after.indexOf("meeting__layout"));
        assertThat(agenda).doesNotContain("name=\"_csrf\"");
    }

    @Test
    void aSavedDecisionActionItemAndPointComeBackAsEmptyFormsWithAConfirmation() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        long ceoId = ceo.personId();
        long croId = cro.personId();
        // "Pricing and discount approval": the CRO (Daniel Okafor) decides; the CEO (Maya Chen) deciding needs a reason first.
        long pricing = meetings.page(meeting, ceo).areas().stream().filter(a -> a.name().equals("Pricing and discount approval"))
                .findFirst().orElseThrow().id();
        mvc.perform(post("/meetings/{id}/decisions", meeting).session(session).with(csrf()).header("HX-Request", "true")
                        .param("title", "Discounts above 20% need the CFO").param("decision", "The CFO signs off.")
                        .param("deciderId", String.valueOf(ceoId)).param("areaId", String.valueOf(pricing)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Discounts above 20% need the CFO")));

        String saved = mvc.perform(post("/meetings/{id}/decisions", meeting).session(session).with(csrf()).header("HX-Request", "true")
                        .param("title", "Discounts above 20% need the CFO").param("decision", "The CFO signs off.")
                        .param("deciderId", String.valueOf(ceoId)).param("areaId", String.valueOf(pricing))
                        .param("overrideReason", "Daniel is travelling; agreed with him by phone."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String form = saved.substring(saved.indexOf("id=\"decision-form\""));
        form = form.substring(0, form.indexOf("</form>"));
        assertThat(form).contains("hx-swap-oob=\"true\"").contains("Decision recorded: “Discounts above 20% need the CFO”")
                .doesNotContain("value=\"Discounts above 20% need the CFO\"").doesNotContain("Daniel is travelling");
        assertThat(saved).contains("id=\"meeting-announcer\" hx-swap-oob=\"innerHTML\">Decision recorded");

        String action = mvc.perform(post("/meetings/{id}/actions", meeting).session(session).with(csrf()).header("HX-Request", "true")
                        .param("text", "Send the pricing memo").param("ownerId", String.valueOf(croId)).param("dueOn", "2027-01-15"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(action).contains("id=\"action-form\"").contains("Action item added for Daniel Okafor.")
                .doesNotContain("value=\"Send the pricing memo\"");

        long blockers = fixture.section(meeting, 3);
        mvc.perform(post("/meetings/{id}/items", meeting).session(session).with(csrf()).header("HX-Request", "true")
                        .param("sectionId", String.valueOf(blockers)).param("text", "Legal review takes 9 days"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"add-item-" + blockers + "\"")))
                .andExpect(content().string(containsString("Talking point added.")));

        // Another participant's poll gets the regions, never the forms or the confirmations.
        mvc.perform(get("/meetings/{id}/live", meeting).param("rev", "-1").session(SignIn.demo(mvc, "cro")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"decision-form\""))))
                .andExpect(content().string(not(containsString("form-confirmation"))));
    }

    private List<Long> order(long sectionId) {
        return items.findPriorities(sectionId).stream().map(AgendaItem::getId).collect(Collectors.toList());
    }

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

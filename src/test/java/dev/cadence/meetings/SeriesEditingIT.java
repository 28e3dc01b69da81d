package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.PersonFixture;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import dev.cadence.web.Flash;
import dev.cadence.web.RuleViolationException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Series set up and edited from the browser: who may, what a template edit does to the meetings already created
 * (past ones and one being prepared with talking points keep their sections, an empty one takes the new agenda),
 * pausing and ending, the agenda editor's steps, refusals on their fields, and two edits at once.
 */
@CadenceIntegrationTest
class SeriesEditingIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
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
    PersonService people;

    CadenceUser ceo;
    CadenceUser cmo;

    @BeforeEach
    void people() {
        ceo = people.principalOf("ceo");
        cmo = people.principalOf("cmo");
    }

    // ---- setting up ----

    @Test
    void theCeoSetsUpAMonthlySeriesOfAnotherKindAndItsFirstMeetingIsPrepared() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        String blank = mvc.perform(get("/meetings/series/new").param("kind", "OTHER").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("New meeting series", "Open issues", "Decisions and the message", "Start from the Other template");

        SeriesForm form = form("Partner council " + System.nanoTime(), MeetingKind.OTHER, cmo);
        form.setFrequency(Frequency.MONTHLY);
        form.setWeekOfMonth(WeekOfMonth.LAST);
        form.setWeekday(DayOfWeek.FRIDAY);
        form.setTime("16:30");
        form.setTimeZone("Europe/London");
        MvcResult created = mvc.perform(withForm(post("/meetings/series/new"), form).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/meetings/series/", ""));
        assertThat(((Flash) created.getFlashMap().get(Flash.ATTRIBUTE)).message()).contains("is set up", "first meeting");

        SeriesView series = seriesService.series(id, ceo);
        assertThat(series.kind()).isEqualTo(MeetingKind.OTHER);
        assertThat(series.scheduleLabel()).isEqualTo("Monthly on the last Friday, 16:30 (Europe/London), 45 min");
        assertThat(series.participants()).extracting(SeriesView.Participant::name).containsExactly("Maya Chen", "Priya Raman");
        assertThat(series.sections()).extracting(SeriesView.TemplateSectionView::title)
                .containsExactly("Updates", "Top 3 priorities", "Open issues", "Decisions and the message");
        List<MeetingSummary> all = seriesService.meetingsOf(id, ceo);
        assertThat(all).hasSize(1);
        ZonedDateTime first = all.get(0).instant().atZone(LONDON);
        assertThat(first.toLocalTime()).isEqualTo(LocalTime.of(16, 30));
        assertThat(first.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(first.toLocalDate().plusWeeks(1).getMonth()).as("the last Friday of its month").isNotEqualTo(first.getMonth());
        assertThat(meetings.page(all.get(0).id(), ceo).sections()).extracting(SectionView::title)
                .containsExactly("Updates", "Top 3 priorities", "Open issues", "Decisions and the message");
        assertThat(seriesService.history(id, ceo)).singleElement()
                .satisfies(set -> assertThat(set.author()).isEqualTo("Maya Chen"));
        // The meetings page names it, with its schedule.
        assertThat(mvc.perform(get("/meetings").session(session)).andReturn().getResponse().getContentAsString())
                .contains(form.getName(), "Monthly on the last Friday");
    }

    @Test
    void whoMaySetUpEditPauseAndEndASeries() throws Exception {
        for (String notAllowed : List.of("cfo", "vpcs", "revops", "cmo", "board")) {
            MockHttpSession session = SignIn.demo(mvc, notAllowed);
            mvc.perform(get("/meetings/series/new").session(session)).andExpect(status().isForbidden());
            mvc.perform(withForm(post("/meetings/series/new"), form("Not mine " + System.nanoTime(), MeetingKind.OTHER, cmo))
                    .session(session).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(withForm(post("/meetings/series/new/agenda"), form("Not mine", MeetingKind.OTHER, cmo)).param("op", "add")
                    .session(session).with(csrf())).andExpect(status().isForbidden());
        }
        for (String allowed : List.of("ceo", "cro", "admin")) {
            mvc.perform(get("/meetings/series/new").session(SignIn.demo(mvc, allowed))).andExpect(status().isOk());
        }
        // An administrator sets one up for two others, and then is not one of its participants.
        long id = created(form("Set up by IT " + System.nanoTime(), MeetingKind.OTHER, cmo), "admin");
        SeriesView series = seriesService.series(id, ceo);
        SeriesForm edit = SeriesForm.from(series);
        edit.setName(series.name() + " (renamed)");
        for (String outsider : List.of("admin", "cro", "cfo", "board")) {
            MockHttpSession session = SignIn.demo(mvc, outsider);
            mvc.perform(get("/meetings/series/{id}/edit", id).session(session)).andExpect(status().isForbidden());
            mvc.perform(withForm(post("/meetings/series/{id}/edit", id), edit).session(session).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/meetings/series/{id}/status", id).param("status", "PAUSED").param("version", "" + series.version())
                    .session(session).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(mvc.perform(get("/meetings/series/{id}", id).session(SignIn.demo(mvc, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).as("administrators read it, with no way to edit")
                .doesNotContain("Edit the series");
        mvc.perform(get("/meetings/series/{id}", id).session(SignIn.demo(mvc, "cro"))).andExpect(status().isForbidden());
        // Its participants edit it.
        MockHttpSession participant = SignIn.demo(mvc, "cmo");
        mvc.perform(get("/meetings/series/{id}/edit", id).session(participant)).andExpect(status().isOk());
        mvc.perform(withForm(post("/meetings/series/{id}/edit", id), edit).session(participant).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(seriesService.series(id, ceo).name()).endsWith("(renamed)");
    }

    // ---- template edits ----

    @Test
    void aTemplateEditChangesFutureMeetingsOnly() throws Exception {
        long id = created(form("Template edits " + System.nanoTime(), MeetingKind.OTHER, cmo), "ceo");
        long[] m = new long[2];
        AsPerson.run(ceo, () -> {
            m[0] = seriesService.meetingsOf(id, ceo).get(0).id();
            commands.addItem(m[0], section(m[0], 2), "Partner portal is late", false, ceo);
            commands.writeMessage(m[0], "One message.", false, meetings.page(m[0], ceo).messageVersion(), ceo);
            m[1] = commands.close(m[0], false, ceo).id();
            commands.addItem(m[1], section(m[1], 2), "Written before the edit", false, cmo);
        });
        List<SectionView> pastBefore = meetings.page(m[0], ceo).sections();
        List<SectionView> preparedBefore = meetings.page(m[1], ceo).sections();

        // Rename the first, remove "Open issues", add "Hiring" and move it up, change a time box.
        SeriesForm edit = SeriesForm.from(seriesService.series(id, ceo));
        edit.getSections().get(0).setTitle("Wins and updates");
        edit.apply("remove:2");
        edit.apply("add");
        edit.getSections().get(3).setTitle("Hiring");
        edit.getSections().get(3).setMinutes(5);
        edit.apply("up:3");
        edit.getSections().get(1).setMinutes(15);
        MvcResult saved = mvc.perform(withForm(post("/meetings/series/{id}/edit", id), edit).session(SignIn.demo(mvc, "cmo"))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(((Flash) saved.getFlashMap().get(Flash.ATTRIBUTE)).message())
                .contains("keeps its agenda", "the new one applies from the next meeting");

        List<String> newAgenda = List.of("Wins and updates", "Top 3 priorities", "Hiring", "Decisions and the message");
        assertThat(seriesService.series(id, ceo).sections()).extracting(SeriesView.TemplateSectionView::title).isEqualTo(newAgenda);
        assertThat(meetings.page(m[0], ceo).sections()).as("the past meeting keeps its sections")
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("items").isEqualTo(pastBefore);
        assertThat(meetings.page(m[1], ceo).sections()).as("so does the one being prepared, with a talking point in it")
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("items").isEqualTo(preparedBefore);
        assertThat(meetings.page(m[1], ceo).sections().get(1).items()).extracting(ItemView::text).containsExactly("Written before the edit");

        long[] third = new long[1];
        AsPerson.run(ceo, () -> {
            commands.writeMessage(m[1], "Another message.", false, meetings.page(m[1], ceo).messageVersion(), ceo);
            third[0] = commands.close(m[1], false, ceo).id();
        });
        List<SectionView> next = meetings.page(third[0], ceo).sections();
        assertThat(next).extracting(SectionView::title).as("the next meeting has the new agenda").isEqualTo(newAgenda);
        assertThat(next).extracting(SectionView::minutes).containsExactly(10, 15, 5, 10);
        assertThat(seriesService.history(id, ceo).get(0).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("Agenda");
            assertThat(c.to()).startsWith("Wins and updates (10 min); Top 3 priorities (15 min, top three); Hiring (5 min)");
        });
    }

    @Test
    void aMeetingBeingPreparedThatNobodyWroteInTakesTheNewAgendaAndMovesToTheNewDay() throws Exception {
        SeriesForm form = form("Empty prep " + System.nanoTime(), MeetingKind.OTHER, cmo);
        form.setTimeZone(NEW_YORK.getId());
        long id = created(form, "ceo");
        long prepared = seriesService.meetingsOf(id, ceo).get(0).id();
        assertThat(meetings.page(prepared, ceo).meeting().startsAt().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);

        SeriesForm edit = SeriesForm.from(seriesService.series(id, ceo));
        edit.setWeekday(DayOfWeek.THURSDAY);
        edit.setOrder("3,0,1,2");
        edit.apply(null);
        MvcResult saved = mvc.perform(withForm(post("/meetings/series/{id}/edit", id), edit).session(SignIn.demo(mvc, "ceo"))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(((Flash) saved.getFlashMap().get(Flash.ATTRIBUTE)).message()).contains("moved to Thu", "has the new agenda");

        MeetingPage page = meetings.page(prepared, ceo);
        assertThat(page.sections()).extracting(SectionView::title)
                .containsExactly("Decisions and the message", "Updates", "Top 3 priorities", "Open issues");
        assertThat(page.meeting().startsAt().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(page.meeting().startsAt().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(seriesService.meetingsOf(id, ceo)).as("the same meeting, moved").extracting(MeetingSummary::id).containsExactly(prepared);
    }

    // ---- pausing and ending ----

    @Test
    void aPausedSeriesPreparesNoMeetingUntilItResumesAndAnEndedOneNeverAgain() throws Exception {
        long id = created(form("Pause " + System.nanoTime(), MeetingKind.OTHER, cmo), "ceo");
        long prepared = seriesService.meetingsOf(id, ceo).get(0).id();
        MockHttpSession session = SignIn.demo(mvc, "cmo");
        changeStatus(id, "PAUSED", session);

        String page = mvc.perform(get("/meetings/series/{id}", id).session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This series is paused", "Resume");
        String list = mvc.perform(get("/meetings").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Series paused", "Paused: no new meeting until it resumes.");
        assertThat(mvc.perform(get("/meetings/{id}/close-summary", prepared).session(session).header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString())
                .as("the close summary says why nothing moves on").contains("The series is paused or ended: no next meeting is prepared")
                .doesNotContain("to next week's meeting");

        // The meeting already prepared can still be held; closing it prepares none after it.
        AsPerson.run(ceo, () -> {
            commands.addItem(prepared, section(prepared, 3), "Left undiscussed", false, ceo);
            commands.writeMessage(prepared, "Held anyway.", false, meetings.page(prepared, ceo).messageVersion(), ceo);
            assertThat(commands.close(prepared, true, ceo)).isNull();
        });
        assertThat(seriesService.meetingsOf(id, ceo)).hasSize(1);
        assertThat(meetings.page(prepared, ceo).sections().get(2).items()).extracting(ItemView::text).containsExactly("Left undiscussed");
        assertThatThrownBy(() -> seriesService.ensureNextMeeting(id, ceo)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is paused: no meeting is prepared until it resumes");

        changeStatus(id, "ACTIVE", session);
        assertThat(seriesService.meetingsOf(id, ceo)).as("resuming prepares the next meeting").hasSize(2)
                .first().satisfies(m -> assertThat(m.closed()).isFalse());

        changeStatus(id, "ENDED", session);
        SeriesView ended = seriesService.series(id, ceo);
        assertThat(ended.status()).isEqualTo(SeriesStatus.ENDED);
        MvcResult again = mvc.perform(post("/meetings/series/{id}/status", id).param("status", "ACTIVE")
                .param("version", "" + ended.version()).session(session).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(((Flash) again.getFlashMap().get(Flash.ATTRIBUTE)).message()).contains("does not start again");
        mvc.perform(withForm(post("/meetings/series/{id}/edit", id), SeriesForm.from(ended)).session(session).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(mvc.perform(get("/meetings/series/{id}", id).session(session)).andReturn().getResponse().getContentAsString())
                .contains("This series has ended").doesNotContain("Edit the series");
        assertThat(seriesService.history(id, ceo)).extracting(set -> set.changes().get(0).to())
                .startsWith("Ended", "Active", "Paused");
    }

    // ---- the agenda editor ----

    @Test
    void theAgendaEditorsStepsComeBackAsTheEditorAloneToHtmxAndAsTheFormOtherwise() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "cro");
        SeriesForm form = form("Editor", MeetingKind.OTHER, cmo);
        String added = mvc.perform(withForm(post("/meetings/series/new/agenda"), form).param("op", "add").header("HX-Request", "true")
                .session(session).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(added).doesNotContain("<html", "Set up the series").contains("id=\"agenda-editor\"", "Section 5 added");
        assertThat(added.split("class=\"agenda-editor__row\"")).hasSize(6);

        String moved = mvc.perform(withForm(post("/meetings/series/new/agenda"), form).param("op", "down:0").header("HX-Request", "true")
                .session(session).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(moved).contains("“Updates” is now section 2 of 4.");
        assertThat(moved.indexOf("value=\"Top 3 priorities\"")).isLessThan(moved.indexOf("value=\"Updates\""));

        form.setKind(MeetingKind.FORECAST_REVIEW);
        String template = mvc.perform(withForm(post("/meetings/series/new/agenda"), form).param("op", "template")
                .header("HX-Request", "true").session(session).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(template).contains("value=\"The call vs last week\"", "selected=\"selected\">Data panel: ");

        String whole = mvc.perform(withForm(post("/meetings/series/new/agenda"), form).param("op", "add")
                .session(session).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(whole).as("without htmx, the whole form").contains("<html", "Set up the series");
    }

    // ---- refusals ----

    @Test
    void whatBreaksARuleIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        String name = "Refused " + System.nanoTime();
        SeriesForm fifth = form(name, MeetingKind.OTHER, cmo);
        fifth.setFrequency(Frequency.MONTHLY);
        assertThat(refused(session, withForm(post("/meetings/series/new"), fifth).param("weekOfMonth", "FIFTH")))
                .contains("there is no fifth");
        assertThat(refused(session, withForm(post("/meetings/series/new"), fifth))).contains("Choose which Tuesday of the month");

        SeriesForm long_ = form(name, MeetingKind.OTHER, cmo);
        long_.setLengthMinutes(30);
        assertThat(refused(session, withForm(post("/meetings/series/new"), long_)))
                .contains("add up to 45 minutes, more than the meeting&#39;s 30");

        SeriesForm twoLists = form(name, MeetingKind.OTHER, cmo);
        twoLists.getSections().get(2).setContent("PRIORITIES");
        assertThat(refused(session, withForm(post("/meetings/series/new"), twoLists))).contains("Only one section holds top 3 priorities");

        SeriesForm unknownPanel = form(name, MeetingKind.OTHER, cmo);
        unknownPanel.getSections().get(2).setContent("PANEL:no-such-panel");
        assertThat(refused(session, withForm(post("/meetings/series/new"), unknownPanel))).contains("There is no data panel no-such-panel");

        SeriesForm threeForAOneOnOne = form(name, MeetingKind.ONE_ON_ONE, cmo, people.principalOf("cro"));
        assertThat(refused(session, withForm(post("/meetings/series/new"), threeForAOneOnOne))).contains("A 1:1 is between two people");

        PersonView boardMember = people.everyone().stream().filter(p -> p.hasRole(Role.BOARD)).findFirst().orElseThrow();
        SeriesForm board = form(name, MeetingKind.OTHER, cmo);
        board.getParticipantIds().add(boardMember.id());
        assertThat(refused(session, withForm(post("/meetings/series/new"), board))).contains("is a board member");

        SeriesForm badTime = form(name, MeetingKind.OTHER, cmo);
        badTime.setTime("25:99");
        assertThat(refused(session, withForm(post("/meetings/series/new"), badTime))).contains("Give the time as hours and minutes");

        assertThat(seriesService.allSeries()).extracting(SeriesView::name).doesNotContain(name);
    }

    // ---- two edits at once ----

    @Test
    void twoEditsOfOneSeriesAtOnceSaveOneAndRefuseTheOtherWithWhatTheFirstChanged() throws Exception {
        long id = created(form("Race " + System.nanoTime(), MeetingKind.OTHER, cmo), "ceo");
        SeriesView before = seriesService.series(id, ceo);
        SeriesForm renamed = SeriesForm.from(before);
        renamed.setName(before.name() + " renamed");
        SeriesForm longer = SeriesForm.from(before);
        longer.setLengthMinutes(75);
        longer.getSections().get(2).setTitle("Blockers");

        List<Race.Outcome> outcomes = Race.requests(mvc, List.of("meeting_series", "agenda_template_section"),
                withForm(post("/meetings/series/{id}/edit", id), renamed).session(SignIn.demo(mvc, "ceo")).with(csrf()),
                withForm(post("/meetings/series/{id}/edit", id), longer).session(SignIn.demo(mvc, "cmo")).with(csrf()));
        Race.Outcome refused = Race.oneSavedOneRefused(outcomes, 409);

        SeriesView after = seriesService.series(id, ceo);
        assertThat(after.version()).as("one save, one new version").isEqualTo(before.version() + 1);
        assertThat(refused.body()).contains("while you were editing", "Your edit is still in the form");
        if (outcomes.get(0).saved()) {
            assertThat(after.name()).endsWith(" renamed");
            assertThat(refused.body()).contains("Maya Chen at", "the name from", "renamed”")
                    .as("the refused edit stays in the form").contains("value=\"Blockers\"");
        } else {
            assertThat(after.lengthMinutes()).isEqualTo(75);
            assertThat(refused.body()).contains("Priya Raman at").as("the refused edit stays in the form").contains(" renamed");
        }
        // The refused form carries the version now stored: saving it again replaces the other edit knowingly.
        assertThat(refused.body()).contains("name=\"version\" value=\"" + after.version() + "\"");
    }

    @Test
    void aStaleEditSaysWhatTheOtherPersonChangedInTheScheduleAndTheAgenda() throws Exception {
        long id = created(form("Stale " + System.nanoTime(), MeetingKind.OTHER, cmo), "ceo");
        SeriesView before = seriesService.series(id, ceo);
        SeriesForm theirs = SeriesForm.from(before);
        theirs.setLengthMinutes(75);
        theirs.getSections().get(2).setTitle("Blockers");
        mvc.perform(withForm(post("/meetings/series/{id}/edit", id), theirs).session(SignIn.demo(mvc, "cmo")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        SeriesForm mine = SeriesForm.from(before);
        mine.setName(before.name() + " mine");
        String refused = mvc.perform(withForm(post("/meetings/series/{id}/edit", id), mine).session(SignIn.demo(mvc, "ceo")).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Priya Raman at", "changed the schedule from “Every Tuesday, 09:00 (Europe/London), 45 min” to "
                + "“Every Tuesday, 09:00 (Europe/London), 75 min”", "the agenda: added “Blockers (15 min)”; removed “Open issues (15 min)”",
                "value=\"" + before.name() + " mine\"");
        assertThat(seriesService.series(id, ceo).name()).isEqualTo(before.name());
    }

    // ---- helpers ----

    /** A new series' form of that kind, with the CEO and the others as participants, weekly on Tuesdays at 09:00 London. */
    private SeriesForm form(String name, MeetingKind kind, CadenceUser... others) {
        SeriesForm form = SeriesForm.blank(kind, LONDON);
        form.setName(name);
        form.getParticipantIds().add(ceo.personId());
        for (CadenceUser other : others) {
            form.getParticipantIds().add(other.personId());
        }
        return form;
    }

    /** Sets a series up through the form as that demo user; its id. */
    private long created(SeriesForm form, String username) throws Exception {
        MvcResult created = mvc.perform(withForm(post("/meetings/series/new"), form).session(SignIn.demo(mvc, username)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(created.getResponse().getRedirectedUrl().replace("/meetings/series/", ""));
    }

    private void changeStatus(long id, String status, MockHttpSession session) throws Exception {
        mvc.perform(post("/meetings/series/{id}/status", id).param("status", status)
                .param("version", "" + seriesService.series(id, ceo).version()).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(seriesService.series(id, ceo).status()).isEqualTo(SeriesStatus.valueOf(status));
    }

    private String refused(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
    }

    private long section(long meetingId, int position) {
        return meetings.page(meetingId, ceo).sections().get(position - 1).id();
    }

    /** The form's fields as the browser posts them. */
    static MockHttpServletRequestBuilder withForm(MockHttpServletRequestBuilder request, SeriesForm form) {
        request.param("name", form.getName()).param("kind", form.getKind().name())
                .param("frequency", form.getFrequency().name()).param("weekday", form.getWeekday().name())
                .param("time", form.getTime()).param("timeZone", form.getTimeZone())
                .param("lengthMinutes", String.valueOf(form.getLengthMinutes())).param("version", String.valueOf(form.getVersion()));
        if (form.getWeekOfMonth() != null) {
            request.param("weekOfMonth", form.getWeekOfMonth().name());
        }
        for (Long participant : form.getParticipantIds()) {
            request.param("participantIds", String.valueOf(participant));
        }
        for (int i = 0; i < form.getSections().size(); i++) {
            SeriesForm.Section s = form.getSections().get(i);
            request.param("sections[" + i + "].title", s.getTitle() == null ? "" : s.getTitle())
                    .param("sections[" + i + "].content", s.getContent())
                    .param("sections[" + i + "].prompt", s.getPrompt() == null ? "" : s.getPrompt())
                    .param("sections[" + i + "].minutes", s.getMinutes() == null ? "" : String.valueOf(s.getMinutes()));
        }
        return request;
    }
}

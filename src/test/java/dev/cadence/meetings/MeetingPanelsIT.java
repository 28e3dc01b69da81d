package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.web.RuleViolationException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A panel section whose panel no feature provides is an ordinary discussion with a quiet note, never an error. */
@CadenceIntegrationTest
class MeetingPanelsIT {

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

    @Test
    void aPanelNoFeatureProvidesRendersAsADiscussionWithANote() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cro = people.principalOf("cro");
        long[] ids = new long[2];
        AsPerson.run(ceo, () -> {
            ids[0] = seriesService.createSeries("Panels " + System.nanoTime(), MeetingKind.FORECAST_REVIEW, DayOfWeek.MONDAY,
                    LocalTime.of(11, 0), ZoneId.of("America/New_York"), 30, Set.of(ceo.personId(), cro.personId()), List.of(
                            TemplateSectionSpec.panel("no-such-panel", "A panel from the future", null, 10),
                            new TemplateSectionSpec(SectionKind.MESSAGE, "Message", null, 10))).id();
            ids[1] = seriesService.ensureNextMeeting(ids[0], ceo).id();
        });
        long meeting = ids[1];
        SectionView section = meetings.page(meeting, ceo).sections().get(0);
        assertThat(section.kind()).isEqualTo(SectionKind.PANEL);
        assertThat(section.panelKey()).isEqualTo("no-such-panel");
        MockHttpSession session = SignIn.demo(mvc, "cro");

        String page = mvc.perform(get("/meetings/{id}", meeting).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("A panel from the future").contains("panel--missing")
                .contains("This section&#39;s data panel (no-such-panel) is not part of this version of Cadence");
        assertThat(mvc.perform(get("/meetings/series/{id}", ids[0]).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Data panel no-such-panel: not part of this version of Cadence yet");

        mvc.perform(get("/api/v1/meetings/{id}", meeting).session(session)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.sections[0].kind").value("PANEL"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.sections[0].panelKey").value("no-such-panel"));

        // Talking points work as in any section; the recap and its PDF render it too.
        AsPerson.run(cro, () -> {
            commands.addItem(meeting, section.id(), "We talk about it anyway.", false, cro);
            commands.writeMessage(meeting, "Nothing changes.", false, meetings.page(meeting, cro).messageVersion(), cro);
            commands.close(meeting, false, cro);
        });
        assertThat(mvc.perform(get("/meetings/{id}/recap", meeting).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("We talk about it anyway.").contains("no-such-panel");
        byte[] pdf = mvc.perform(get("/meetings/{id}/recap.pdf", meeting).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("We talk about it anyway.")
                    .contains("(no-such-panel) is not part of this version of Cadence");
        }
        // The board sees no meeting, panels or not.
        mvc.perform(get("/meetings/{id}", meeting).session(SignIn.demo(mvc, "board"))).andExpect(status().isForbidden());
    }

    @Test
    void aPanelKeyIsAWordOfLowerCaseLettersDigitsAndHyphens() {
        CadenceUser ceo = people.principalOf("ceo");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> seriesService.createSeries("Bad panel " + System.nanoTime(),
                        MeetingKind.FORECAST_REVIEW, DayOfWeek.MONDAY, LocalTime.of(11, 0), ZoneId.of("America/New_York"), 30,
                        Set.of(ceo.personId()), List.of(TemplateSectionSpec.panel("Not A Key!", "Bad", null, 10))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Not A Key!");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TemplateSectionSpec(SectionKind.PANEL, "No key", null, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

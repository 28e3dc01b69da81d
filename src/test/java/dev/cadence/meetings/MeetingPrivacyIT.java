package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Private talking points stay their author's (page, recap, PDF, API); a 1:1 is for its participants and ADMIN only. */
@CadenceIntegrationTest
class MeetingPrivacyIT {

    private static final String SECRET = "Truth we do not say out loud";
    private static final String SHARED = "Shared: legal review takes 9 days";

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
    PersonService people;

    CadenceUser ceo;
    CadenceUser cro;
    MeetingFixture fixture;
    long meeting;

    @BeforeEach
    void aClosedMeetingWithAPrivatePointOfTheCeo() {
        ceo = people.principalOf("ceo");
        cro = people.principalOf("cro");
        fixture = new MeetingFixture(seriesService, meetings, commands, ceo, cro);
        meeting = fixture.nextMeeting();
        commands.addItem(meeting, fixture.section(meeting, 4), SECRET, true, ceo);
        commands.addItem(meeting, fixture.section(meeting, 3), SHARED, false, cro);
        actionItems.addActionItem(meeting, "Send the memo", cro.personId(), LocalDate.now().plusDays(3), ceo);
    }

    @Test
    void aPrivatePointIsVisibleToItsAuthorOnly() throws Exception {
        assertThat(meetings.page(meeting, ceo).sections().get(3).items()).extracting(ItemView::text).containsExactly(SECRET);
        assertThat(meetings.page(meeting, cro).sections().get(3).items()).isEmpty();
        long secretId = meetings.page(meeting, ceo).sections().get(3).items().get(0).id();
        assertThatThrownBy(() -> meetings.item(meeting, secretId, cro)).isInstanceOf(dev.cadence.web.NotFoundException.class);
        assertThatThrownBy(() -> commands.editItem(meeting, secretId, "Hijacked", null, 0, cro))
                .isInstanceOf(dev.cadence.web.NotFoundException.class);

        MockHttpSession croSession = SignIn.demo(mvc, "cro");
        String croPage = mvc.perform(get("/meetings/{id}", meeting).session(croSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(croPage).contains(SHARED).doesNotContain(SECRET);
        String croLive = mvc.perform(get("/meetings/{id}/live", meeting).param("rev", "-1").session(croSession))
                .andReturn().getResponse().getContentAsString();
        assertThat(croLive).contains(SHARED).doesNotContain(SECRET);
        String ceoPage = mvc.perform(get("/meetings/{id}", meeting).session(SignIn.demo(mvc, "ceo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(ceoPage).contains(SECRET).contains("Private — only you see it");

        // Not even its author's API token carries it: the API shows shared items only.
        String api = mvc.perform(get("/api/v1/meetings/{id}", meeting).session(SignIn.demo(mvc, "ceo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(api).contains(SHARED).doesNotContain(SECRET);
    }

    @Test
    void theRecapAndItsPdfNeverHoldPrivatePoints() throws Exception {
        fixture.closeWithMessage(meeting, "We hold EMEA hiring until coverage is back.", true);
        MockHttpSession ceoSession = SignIn.demo(mvc, "ceo");

        String recap = mvc.perform(get("/meetings/{id}/recap", meeting).session(ceoSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(recap).contains(SHARED).contains("We hold EMEA hiring").doesNotContain(SECRET);

        byte[] pdf = mvc.perform(get("/meetings/{id}/recap.pdf", meeting).session(ceoSession))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("We hold EMEA hiring").contains("Send the memo").contains("Daniel Okafor")
                .contains("Brightline Software").contains("Page 1 of").doesNotContain(SECRET);

        try (PDDocument a4 = Loader.loadPDF(pdf)) {
            assertThat(a4.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        }
        byte[] letter = mvc.perform(get("/meetings/{id}/recap.pdf", meeting).param("paper", "letter").session(ceoSession))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument us = Loader.loadPDF(letter)) {
            assertThat(us.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
        }

        // The private point moved on with the undiscussed ones — still its author's only.
        long next = meetings.page(meeting, ceo).next().id();
        assertThat(meetings.page(next, cro).sections().get(3).items()).isEmpty();
        assertThat(meetings.page(next, ceo).sections().get(3).items()).extracting(ItemView::text).containsExactly(SECRET);
    }

    @Test
    void onlyParticipantsAndAdministratorsSeeAOneOnOne() throws Exception {
        fixture.closeWithMessage(meeting, "Message.", false);
        for (String outsider : new String[] {"board", "cfo", "cmo", "revops"}) {
            MockHttpSession session = SignIn.demo(mvc, outsider);
            mvc.perform(get("/meetings/{id}", meeting).session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/meetings/{id}/recap", meeting).session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/meetings/{id}/recap.pdf", meeting).session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/meetings/series/{id}", fixture.seriesId).session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/meetings/{id}", meeting).session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/meetings/{id}/live", meeting).param("rev", "-1").session(session)).andExpect(status().isForbidden());
            String list = mvc.perform(get("/api/v1/meetings").session(session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(list).doesNotContain("\"id\":" + meeting + ",");
        }
        MockHttpSession admin = SignIn.demo(mvc, "admin");
        mvc.perform(get("/meetings/{id}/recap.pdf", meeting).session(admin)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/meetings").param("series", String.valueOf(fixture.seriesId)).session(admin))
                .andExpect(status().isOk());

        // Seeing is not running: an administrator (or anyone else) does not write in someone's 1:1.
        long next = meetings.page(meeting, ceo).next().id();
        mvc.perform(post("/meetings/{id}/items", next).session(admin).with(csrf())
                        .param("sectionId", String.valueOf(fixture.section(next, 3))).param("text", "Admin was here"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> commands.addItem(next, fixture.section(next, 3), "Board was here", false,
                people.principalOf("board"))).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/api/v1/meetings/{id}", meeting).header("Authorization", "Bearer cadence-demo-token"))
                .andExpect(status().isForbidden());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

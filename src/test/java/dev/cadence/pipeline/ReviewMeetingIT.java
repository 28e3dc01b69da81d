package dev.cadence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.meetings.SectionView;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The forecast review's pipeline panels: each meeting shows the pipeline as of its own day (a later snapshot leaves a
 * past meeting as it was), the recap and its PDF carry the numbers, and the meeting page's statements stay bounded.
 * Snapshots and meetings lie in a year of the nineteenth century no other test uses.
 */
@CadenceIntegrationTest
class ReviewMeetingIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /**
     * The review meeting page and its recap (22 and 22 statements, 25 for the meeting being prepared, on 1 Dec 2026):
     * the meeting's own statements (at most 16, as every meeting's) and the pipeline panels' (two for what moved, two
     * for the deals that moved, five for coverage, conversion and sources). A panel plugged in later adds its own.
     */
    /**
     * A view after the pipeline changed: the meeting's own, the three pipeline panels (each also reading PipelineCache's
     * counter), the call's panel and NRR's.
     */
    static final int BUDGET = 40;
    private static final java.util.concurrent.atomic.AtomicInteger YEARS =
            new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(0, 20));

    @Autowired
    MockMvc mvc;
    @Autowired
    PipelineImportService imports;
    @Autowired
    MeetingSeriesService seriesService;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;

    CadenceUser ceo;
    CadenceUser cro;
    CadenceUser revops;
    String marker;
    /** The Monday of the first snapshot, two weeks into a fiscal quarter. */
    LocalDate monday;
    FiscalQuarter quarter;
    long seriesId;

    @BeforeEach
    void setUp() {
        ceo = people.principalOf("ceo");
        cro = people.principalOf("cro");
        revops = people.principalOf("revops");
        marker = "R" + System.nanoTime() % 1_000_000_000L;
        int fiscalStart = company.profile().fiscalYearStartMonth();
        // A year of its own, with the year before it free too (the test's snapshots go back eight weeks).
        LocalDate day = LocalDate.of(1800 + 2 * YEARS.getAndIncrement(), 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 150));
        quarter = FiscalQuarter.of(day, fiscalStart);
        monday = quarter.start().plusDays(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        AsPerson.run(ceo, () -> seriesId = seriesService.createSeries("Test review " + marker, MeetingKind.FORECAST_REVIEW,
                DayOfWeek.MONDAY, LocalTime.of(11, 0), NEW_YORK, 60, Set.of(ceo.personId(), cro.personId()),
                AgendaTemplates.forecastReview()).id());
    }

    /** One deal line of a Cadence export. */
    private String deal(String id, String name, String segment, String stage, String category, long amount, LocalDate close) {
        return marker + id + "," + name + " " + marker + ",Account " + marker + id + ",Owner " + marker + "," + segment
                + ",New Business," + stage + "," + category + "," + amount + "," + close + ",," + "Source " + marker;
    }

    private void snapshot(LocalDate asOf, String... deals) {
        String csv = String.join(",", ExportFormat.CADENCE_COLUMNS) + "\r\n" + String.join("\r\n", deals) + "\r\n";
        imports.importExport(csv.getBytes(StandardCharsets.UTF_8), null, asOf, false, revops);
    }

    private long meetingOn(LocalDate day) {
        long[] id = new long[1];
        AsPerson.run(ceo, () -> id[0] = seriesService.createMeetingAt(seriesId, day.atTime(11, 0).atZone(NEW_YORK).toInstant(), ceo).id());
        return id[0];
    }

    private String html(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Each panel section's panel as the page renders it, from the section's head to its talking points. */
    private List<String> panels(String page, long meetingId) {
        List<String> panels = new ArrayList<>();
        for (SectionView s : meetings.page(meetingId, ceo).sections()) {
            if (s.panelKey() != null) {
                Matcher m = Pattern.compile("id=\"section-head-" + s.id() + "\"(.*?)id=\"items-" + s.id() + "\"", Pattern.DOTALL)
                        .matcher(page);
                assertThat(m.find()).as(s.title()).isTrue();
                panels.add(m.group(1));
            }
        }
        return panels;
    }

    private LocalDate inQuarter(int days) {
        return quarter.start().plusDays(days);
    }

    @Test
    void aPastMeetingShowsThePipelineOfItsWeekAfterLaterSnapshotsArrive() throws Exception {
        LocalDate first = monday;
        LocalDate second = monday.plusWeeks(1);
        LocalDate third = monday.plusWeeks(2);
        LocalDate late = inQuarter(70);
        snapshot(first,
                deal("N", "Slipping", "enterprise", "Negotiation", "commit", 420_000, late),
                deal("H", "Steady", "enterprise", "Proposal", "best case", 380_000, late),
                deal("W", "Winning", "mid-market", "Negotiation", "commit", 61_000, late));
        snapshot(second,
                deal("N", "Slipping", "enterprise", "Proposal", "best case", 420_000, quarter.end().plusDays(30)),
                deal("H", "Steady", "enterprise", "Proposal", "best case", 380_000, late),
                deal("W", "Winning", "mid-market", "Negotiation", "commit", 61_000, late));
        long past = meetingOn(second);
        MockHttpSession session = SignIn.demo(mvc, "cro");

        String before = html(session, "/meetings/" + past);
        assertThat(before).contains("Pushed out").contains("$420,000").contains("Slipping " + marker)
                .contains("/pipeline/deals/" + marker + "N")
                .contains("/pipeline/flow?from=" + first + "&amp;to=" + second + "&amp;quarter=" + quarter.key())
                .doesNotContain("Winning " + marker);
        assertThat(before).as("the call's and NRR's panels, as of that day too").contains("The forecast →")
                .contains(quarter.key() + " NRR forecast").doesNotContain("is not part of this version")
                .doesNotContain("could not be read");
        List<String> panelsBefore = panels(before, past);

        // A week later: the next snapshot arrives, Winning is won and the next meeting is held on it.
        snapshot(third,
                deal("N", "Slipping", "enterprise", "Proposal", "best case", 420_000, quarter.end().plusDays(30)),
                deal("H", "Steady", "enterprise", "Proposal", "best case", 380_000, late),
                deal("W", "Winning", "mid-market", "Closed Won", "closed", 61_000, inQuarter(20)));
        long newer = meetingOn(third);

        String after = html(session, "/meetings/" + past);
        assertThat(panels(after, past)).as("the past meeting's panels").isEqualTo(panelsBefore);
        String newest = html(session, "/meetings/" + newer);
        assertThat(newest).contains("Winning " + marker).contains("$61,000")
                .contains("/pipeline/flow?from=" + second + "&amp;to=" + third + "&amp;quarter=" + quarter.key());
        assertThat(panels(newest, newer)).isNotEqualTo(panelsBefore);
    }

    @Test
    void theRecapAndItsPdfCarryThePanelsNumbers() throws Exception {
        LocalDate late = inQuarter(60);
        snapshot(monday, deal("A", "Shrinking", "enterprise", "Negotiation", "commit", 250_000, late),
                deal("B", "Lost cause", "smb", "Proposal", "pipeline", 17_000, late));
        snapshot(monday.plusWeeks(1), deal("A", "Shrinking", "enterprise", "Negotiation", "commit", 190_000, late),
                deal("B", "Lost cause", "smb", "Closed Lost", "omitted", 17_000, late));
        long meeting = meetingOn(monday.plusWeeks(1));
        AsPerson.run(cro, () -> {
            commands.addItem(meeting, meetings.page(meeting, cro).sections().get(2).id(), "Why did Shrinking lose $60K?", false, cro);
            commands.writeMessage(meeting, "Message " + marker, false, meetings.page(meeting, cro).messageVersion(), cro);
            commands.close(meeting, false, cro);
        });
        MockHttpSession session = SignIn.demo(mvc, "ceo");

        String recap = html(session, "/meetings/" + meeting + "/recap");
        assertThat(recap).contains("Amount decreased").contains("$250,000 → $190,000").contains("Shrinking " + marker)
                .contains("Lost cause " + marker).contains("$267,000").contains("Why did Shrinking lose $60K?");

        byte[] pdf = mvc.perform(get("/meetings/{id}/recap.pdf", meeting).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("What moved").contains("Start (" + monday.getDayOfMonth()).contains("$267,000")
                    .contains("Amount decreased").contains("$60,000").contains("$250,000 → $190,000")
                    .contains("Shrinking " + marker).contains("Lost cause " + marker).contains("Coverage, conversion and sources");
        }
    }

    @Test
    void theReviewMeetingsStatementsDoNotGrowWithSnapshotsOrHistory() throws Exception {
        LocalDate late = inQuarter(60);
        snapshot(monday, deal("A", "Alpha", "enterprise", "Negotiation", "commit", 100_000, late));
        snapshot(monday.plusWeeks(1), deal("A", "Alpha", "enterprise", "Negotiation", "commit", 120_000, late),
                deal("B", "Beta", "smb", "Proposal", "pipeline", 10_000, late));
        long meeting = meetingOn(monday.plusWeeks(1));
        AsPerson.run(cro, () -> {
            commands.writeMessage(meeting, "Week 1.", false, meetings.page(meeting, cro).messageVersion(), cro);
            commands.close(meeting, false, cro);
        });
        MockHttpSession session = SignIn.demo(mvc, "cro");
        // Read as the API does (shared items only): the page as the CRO reads it stays unread, so that it is counted as a
        // first read here as after the history below (the meeting page is kept under meeting_change until a write).
        long next = meetings.sharedPage(meeting, cro).next().id();
        String[] urls = {"/meetings/" + meeting, "/meetings/" + meeting + "/recap"};
        long[] few = new long[urls.length];
        for (int i = 0; i < urls.length; i++) {
            few[i] = count(session, urls[i]);
        }
        long preparedFew = count(session, "/meetings/" + next);
        long liveFew = count(session, "/meetings/" + next + "/live?rev=-1");

        // Eight earlier weekly snapshots with many more deals, and five more closed meetings of the series.
        for (int week = 1; week <= 8; week++) {
            List<String> deals = new ArrayList<>();
            for (int d = 0; d < 60; d++) {
                deals.add(deal("X" + d, "Many " + d, d % 2 == 0 ? "mid-market" : "smb", "Proposal", d % 3 == 0 ? "commit" : "pipeline",
                        10_000 + 1_000L * d + week, inQuarter(20 + d)));
            }
            snapshot(monday.minusWeeks(week), deals.toArray(String[]::new));
        }
        long[] current = {next};
        AsPerson.run(cro, () -> {
            for (int week = 2; week <= 6; week++) {
                long m = current[0];
                commands.addItem(m, meetings.page(m, cro).sections().get(1).id(), "Point " + week, false, cro);
                commands.writeMessage(m, "Week " + week + ".", false, meetings.page(m, cro).messageVersion(), cro);
                current[0] = commands.close(m, false, cro).id();
            }
        });
        assertThat(seriesService.meetingsOf(seriesId, cro)).hasSizeGreaterThanOrEqualTo(7);
        // No more than with little history: the pipeline's panels read again (its counter moved), the forecast's and NRR's
        // may come from what they keep (nothing of theirs changed), so the count may be lower, never higher.
        for (int i = 0; i < urls.length; i++) {
            assertThat(count(session, urls[i])).as(urls[i]).isLessThanOrEqualTo(few[i]).isLessThanOrEqualTo(BUDGET);
        }
        assertThat(count(session, "/meetings/" + current[0])).as("the meeting being prepared").isLessThanOrEqualTo(preparedFew)
                .isLessThanOrEqualTo(BUDGET);
        assertThat(count(session, "/meetings/" + current[0] + "/live?rev=-1")).as("the live poll").isEqualTo(liveFew)
                .isLessThanOrEqualTo(16);
        long preparedAgain = count(session, "/meetings/" + current[0]);
        assertThat(count(session, "/meetings/" + current[0])).as("read again: the panels from PipelineCache")
                .isLessThan(preparedFew).isEqualTo(preparedAgain);
    }

    private long count(MockHttpSession session, String url) throws Exception {
        return SqlStatements.countDuring(() -> mvc.perform(get(url).session(session)).andExpect(status().isOk()));
    }
}

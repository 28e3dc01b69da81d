package dev.cadence.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.pipeline.ExportFormat;
import dev.cadence.pipeline.PipelineImportService;
import dev.cadence.pipeline.PipelineRollups;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import dev.cadence.web.ApplicationClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The call, the targets and accuracy against PostgreSQL. Each test works in a fiscal quarter of its own, long ago
 * (no other test uses those years), with the clock set to the week it calls.
 */
@CadenceIntegrationTest
class ForecastIT {

    /** Quarters handed out one per test, from a random start: no two tests of a run share one. */
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 120));

    @Autowired
    MockMvc mvc;
    @Autowired
    PipelineImportService imports;
    @Autowired
    PipelineRollups rollups;
    @Autowired
    ForecastService forecast;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    ApplicationClock clock;
    @Autowired
    ForecastCallPanel callPanel;

    FiscalQuarter quarter;
    String marker;

    @BeforeEach
    void setUp() {
        int fiscalStart = company.profile().fiscalYearStartMonth();
        quarter = FiscalQuarter.of(LocalDate.of(1900, 6, 1), fiscalStart).plus(NEXT.getAndAdd(2));
        marker = "FC" + System.nanoTime() % 1_000_000_000L;
    }

    private ApplicationClock.Scope atWeek(int week) {
        return clock.at(WeekOfQuarter.start(quarter, week).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /** A deal line of a Cadence export. */
    private String deal(String id, String segment, String stage, String category, String amount, LocalDate close) {
        return marker + id + ",Deal " + id + ",Account " + id + ",Owner," + segment + ",New Business," + stage + "," + category + ","
                + amount + "," + close + ",,Outbound";
    }

    private void snapshot(LocalDate asOf, String... deals) {
        StringBuilder csv = new StringBuilder(String.join(",", ExportFormat.CADENCE_COLUMNS)).append("\r\n");
        for (String d : deals) {
            csv.append(d).append("\r\n");
        }
        imports.importExport(csv.toString().getBytes(StandardCharsets.UTF_8), null, asOf, false, people.principalOf("revops"));
    }

    private MockHttpServletRequestBuilder call(int week, MockHttpSession session, String... params) {
        MockHttpServletRequestBuilder request = post("/forecast/calls").session(session).with(csrf())
                .param("quarter", quarter.key()).param("week", String.valueOf(week));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    /** The enterprise line of a call: commit, best case, reason (or null), version (or null). */
    private static String[] enterprise(String commit, String bestCase, String reason, Long version) {
        List<String> p = new ArrayList<>(List.of("lines[0].segment", "enterprise", "lines[0].commit", commit, "lines[0].bestCase", bestCase));
        if (reason != null) {
            p.addAll(List.of("lines[0].reason", reason));
        }
        if (version != null) {
            p.addAll(List.of("lines[0].version", String.valueOf(version)));
        }
        return p.toArray(String[]::new);
    }

    private CallFigures enterpriseAt(int week) {
        return forecast.callAsOf(quarter, WeekOfQuarter.end(quarter, week)).segments().stream()
                .filter(f -> f.segmentKey().equals("enterprise")).findFirst().orElseThrow();
    }

    @Test
    void aCallThatDiffersFromLastWeeksNeedsAReasonBesideTheField() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        try (var at = atWeek(1)) {
            mvc.perform(call(1, cro, enterprise("1.2M", "1.5M", null, null))).andExpect(status().is3xxRedirection());
        }
        try (var at = atWeek(2)) {
            // Unchanged: no reason needed.
            mvc.perform(call(2, cro, enterprise("$1,200,000", "1500k", null, null))).andExpect(status().is3xxRedirection());
        }
        try (var at = atWeek(3)) {
            mvc.perform(call(3, cro, enterprise("900k", "1.4M", "", null)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("lines[0].reason-error")))
                    .andExpect(content().string(containsString("The Enterprise call moved from $1,200,000 commit, $1,500,000 best case in week 2: say why")));
            assertThat(enterpriseAt(3).thisWeek().week()).as("nothing saved").isEqualTo(2);

            mvc.perform(call(3, cro, enterprise("900k", "1.4M", "Northwind pushed to next quarter.", null)))
                    .andExpect(status().is3xxRedirection());
        }
        CallFigures w3 = enterpriseAt(3);
        assertThat(w3.thisWeek().commit()).isEqualByComparingTo("900000");
        assertThat(w3.thisWeek().reason()).isEqualTo("Northwind pushed to next quarter.");
        assertThat(w3.lastWeek().commit()).isEqualByComparingTo("1200000");
        assertThat(w3.commitChange()).isEqualByComparingTo("-300000");
        assertThat(w3.thisWeek().calledBy()).isEqualTo("Daniel Okafor");

        // The page shows the reason in its list, by week.
        mvc.perform(get("/forecast").param("quarter", quarter.key()).session(cro))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Northwind pushed to next quarter.")))
                .andExpect(content().string(containsString("W3 · Enterprise")));
    }

    @Test
    void theReviewMeetingsCallPanelShowsTheCallAsOfTheMeetingsWeekWhateverWasCalledSince() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        try (var at = atWeek(1)) {
            mvc.perform(call(1, cro, enterprise("1.2M", "1.5M", null, null))).andExpect(status().is3xxRedirection());
        }
        try (var at = atWeek(2)) {
            mvc.perform(call(2, cro, enterprise("900k", "1.4M", "Northwind pushed to next quarter.", null)))
                    .andExpect(status().is3xxRedirection());
        }
        CadenceUser viewer = people.principalOf("cfo");
        var weekOne = (ForecastCallPanel.View) callPanel.render(WeekOfQuarter.end(quarter, 1), viewer).data();
        assertThat(enterprise(weekOne).thisWeek().commit()).as("a past meeting keeps its week's call").isEqualByComparingTo("1200000");
        assertThat(weekOne.moved()).isEmpty();

        var content = callPanel.render(WeekOfQuarter.end(quarter, 2), viewer);
        var weekTwo = (ForecastCallPanel.View) content.data();
        assertThat(enterprise(weekTwo).thisWeek().commit()).isEqualByComparingTo("900000");
        assertThat(weekTwo.moved()).singleElement().satisfies(moved -> {
            assertThat(moved.segmentKey()).isEqualTo("enterprise");
            assertThat(moved.thisWeek().reason()).isEqualTo("Northwind pushed to next quarter.");
        });
        assertThat(content.summary()).startsWith("Commit call $900K (−$300K since last week)");
        assertThat(content.fragment()).isEqualTo("forecast/panels :: call");
    }

    private static CallFigures enterprise(ForecastCallPanel.View view) {
        return view.call().segments().stream().filter(f -> f.segmentKey().equals("enterprise")).findFirst().orElseThrow();
    }

    @Test
    void aBestCaseBelowTheCommitAndAnAmountOfAnotherUnitAreRefusedBesideTheirFields() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        try (var at = atWeek(1)) {
            mvc.perform(call(1, cro, enterprise("1.2M", "1M", null, null)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("lines[0].bestCase-error")));
            mvc.perform(call(1, cro, enterprise("12%", "1M", null, null)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("lines[0].commit-error")));
            // Another week than this one: refused, nothing saved.
            mvc.perform(call(2, cro, enterprise("1M", "1M", null, null))).andExpect(status().isUnprocessableContent());
        }
        assertThat(enterpriseAt(2).thisWeek()).isNull();
    }

    @Test
    void someoneTheMapDoesNotNameGetsTheDecidersWarningAndGoesOnOnlyWithAReason() throws Exception {
        MockHttpSession ceo = SignIn.demo(mvc, "ceo");
        try (var at = atWeek(1)) {
            mvc.perform(call(1, ceo, enterprise("700k", "800k", null, null)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("does not hold Decide for The forecast call")))
                    .andExpect(content().string(containsString("Daniel Okafor does")));
            assertThat(enterpriseAt(1).thisWeek()).isNull();
            mvc.perform(call(1, ceo, enterprise("700k", "800k", null, null)).param("overrideReason", "Daniel is on a plane; the board needs it."))
                    .andExpect(status().is3xxRedirection());
        }
        CallView saved = enterpriseAt(1).thisWeek();
        assertThat(saved.calledBy()).isEqualTo("Maya Chen");
        assertThat(saved.overrideReason()).isEqualTo("Daniel is on a plane; the board needs it.");
        // The warning is shown before anyone types, on the page of the current quarter.
        mvc.perform(get("/forecast").session(ceo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("does not hold Decide for The forecast call")));
        mvc.perform(get("/forecast").session(SignIn.demo(mvc, "cro"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("does not hold Decide for The forecast call"))));
    }

    @Test
    void twoCallersSavingTheSameWeekAtOnceOneWinsTheOtherIsRefusedAsStale() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        try (var at = atWeek(1)) {
            mvc.perform(call(1, cro, enterprise("1M", "1.2M", null, null))).andExpect(status().is3xxRedirection());
        }
        long version = enterpriseAt(1).thisWeek().version();
        MockHttpSession other = SignIn.demo(mvc, "cro");
        java.time.Instant noon = WeekOfQuarter.start(quarter, 1).atTime(12, 0).toInstant(ZoneOffset.UTC);
        // Each request runs on a thread of its own: it sets that thread's clock (the thread ends with the race).
        List<Race.Outcome> outcomes = Race.requests(mvc, "forecast_call",
                call(1, cro, enterprise("1.1M", "1.3M", null, version)).with(r -> { clock.at(noon); return r; }),
                call(1, other, enterprise("900k", "1.3M", null, version)).with(r -> { clock.at(noon); return r; }));
        Race.Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        assertThat(refused.body()).contains("saved the Enterprise call for week 1").contains("save again to replace theirs");
        assertThat(enterpriseAt(1).thisWeek().version()).isEqualTo(version + 1);
    }

    @Test
    void twoFirstCallsOfTheSameWeekAtOnceAreOneSaveAndOneRefusalNeverACrash() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        MockHttpSession other = SignIn.demo(mvc, "cro");
        java.time.Instant noon = WeekOfQuarter.start(quarter, 2).atTime(12, 0).toInstant(ZoneOffset.UTC);
        List<Race.Outcome> outcomes = Race.requests(mvc, "forecast_call",
                call(2, cro, enterprise("1M", "1.2M", null, null)).with(r -> { clock.at(noon); return r; }),
                call(2, other, enterprise("900k", "1.1M", null, null)).with(r -> { clock.at(noon); return r; }));
        Race.oneSavedOneRefused(outcomes, 409);
        assertThat(enterpriseAt(2).thisWeek().version()).isZero();
    }

    @Test
    void onlyTheCfoAndTheCroSetTargetsWithHistoryAndAStaleSaveIsRefused() throws Exception {
        MockHttpSession cfo = SignIn.demo(mvc, "cfo");
        mvc.perform(post("/forecast/targets").session(cfo).with(csrf()).param("quarter", quarter.key())
                        .param("lines[0].segment", "enterprise").param("lines[0].amount", "$2.5M"))
                .andExpect(status().is3xxRedirection());
        for (String who : List.of("ceo", "revops", "vpcs", "cmo", "board")) {
            int refused = mvc.perform(post("/forecast/targets").session(SignIn.demo(mvc, who)).with(csrf()).param("quarter", quarter.key())
                            .param("lines[0].segment", "enterprise").param("lines[0].amount", "1").param("lines[0].version", "0"))
                    .andReturn().getResponse().getStatus();
            assertThat(refused).as(who).isEqualTo(403);
        }
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        mvc.perform(post("/forecast/targets").session(cro).with(csrf()).param("quarter", quarter.key())
                        .param("lines[0].segment", "enterprise").param("lines[0].amount", "2.7M").param("lines[0].version", "0"))
                .andExpect(status().is3xxRedirection());
        // The CFO's form still says version 0: refused, with what the CRO saved.
        mvc.perform(post("/forecast/targets").session(cfo).with(csrf()).param("quarter", quarter.key())
                        .param("lines[0].segment", "enterprise").param("lines[0].amount", "2.6M").param("lines[0].version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Daniel Okafor set the Enterprise target to $2,700,000")));
        assertThat(enterpriseAt(1).target()).isEqualByComparingTo("2700000");
        mvc.perform(get("/forecast/targets").param("quarter", quarter.key()).session(cfo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enterprise target")))
                .andExpect(content().string(containsString("$2,500,000")))
                .andExpect(content().string(containsString("$2,700,000")))
                .andExpect(content().string(containsString("Tom Lindqvist")));
    }

    @Test
    void theBoardReadsTheFiguresButWritesNothingAndIsNotSentToTheDeals() throws Exception {
        MockHttpSession board = SignIn.demo(mvc, "board");
        mvc.perform(get("/forecast").session(board)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Forecast call")))
                .andExpect(content().string(not(containsString("href=\"/pipeline"))))
                .andExpect(content().string(not(containsString("Save the call"))));
        mvc.perform(get("/forecast/accuracy").session(board)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/pipeline"))));
        mvc.perform(get("/forecast/targets").session(board)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Save targets"))));
        mvc.perform(get("/api/v1/forecast").session(board)).andExpect(status().isOk());
        try (var at = atWeek(1)) {
            mvc.perform(call(1, board, enterprise("1M", "1M", null, null)).param("overrideReason", "x")).andExpect(status().isForbidden());
        }
        mvc.perform(post("/forecast/targets").session(board).with(csrf()).param("quarter", quarter.key())
                .param("lines[0].segment", "enterprise").param("lines[0].amount", "1")).andExpect(status().isForbidden());
        assertThat(enterpriseAt(1).thisWeek()).isNull();
        assertThat(enterpriseAt(1).target()).isNull();
    }

    @Test
    void theRollUpCountsWonDealsOnceAnExportDropsThemAndOpenDealsByCategory() {
        LocalDate in = quarter.start().plusDays(30);
        LocalDate w2 = WeekOfQuarter.start(quarter, 2);
        // Before the quarter: one deal will be won, one is commit, one best case, one pipeline; one closes later.
        snapshot(quarter.start().minusDays(3),
                deal("A", "enterprise", "Negotiation", "commit", "100000", in),
                deal("B", "enterprise", "Proposal", "best case", "50000", in),
                deal("C", "enterprise", "Discovery", "pipeline", "20000", in),
                deal("D", "enterprise", "Negotiation", "commit", "70000", quarter.end().plusDays(20)),
                deal("E", "smb", "Negotiation", "commit", "9000", in));
        snapshot(w2,
                deal("A", "enterprise", "Closed Won", "closed", "110000", in),
                deal("B", "enterprise", "Negotiation", "commit", "50000", in),
                deal("C", "enterprise", "Discovery", "omitted", "20000", in),
                deal("E", "smb", "Closed Lost", "omitted", "9000", in));
        // The export no longer lists A (won weeks ago): it stays won.
        snapshot(w2.plusWeeks(1), deal("B", "enterprise", "Negotiation", "commit", "55000", in));
        long enterprise = company.segments().stream().filter(s -> s.key().equals("enterprise")).findFirst().orElseThrow().id();

        PipelineRollups.QuarterRollups r = rollups.quarter(quarter);
        assertThat(r.snapshots()).containsSequence(quarter.start().minusDays(3), w2, w2.plusWeeks(1));
        PipelineRollups.Rollup before = r.of(quarter.start().minusDays(3), enterprise);
        assertThat(before.closedWon()).isEqualByComparingTo("0");
        assertThat(before.commit()).isEqualByComparingTo("100000");
        assertThat(before.bestCase()).isEqualByComparingTo("50000");
        assertThat(before.pipeline()).isEqualByComparingTo("20000");
        PipelineRollups.Rollup second = r.of(w2, enterprise);
        assertThat(second.closedWon()).isEqualByComparingTo("110000");
        assertThat(second.commit()).isEqualByComparingTo("50000");
        assertThat(second.open()).isEqualByComparingTo("50000");
        PipelineRollups.Rollup third = r.of(w2.plusWeeks(1), enterprise);
        assertThat(third.closedWon()).isEqualByComparingTo("110000");
        assertThat(third.commit()).isEqualByComparingTo("55000");
        assertThat(r.total(quarter.start().minusDays(3)).commit()).isEqualByComparingTo("109000");

        CallAsOf asOf = forecast.callAsOf(quarter, w2.plusDays(3));
        assertThat(asOf.week()).isEqualTo(2);
        assertThat(asOf.snapshot()).isEqualTo(w2);
        assertThat(asOf.segments()).filteredOn(f -> f.segmentKey().equals("enterprise")).singleElement()
                .satisfies(f -> assertThat(f.closedWon()).isEqualByComparingTo("110000"));
    }

    @Test
    void accuracyComparesEachWeeksCallAndTheCrmWithTheActualAtTheFirstSnapshotAfterTheEnd() throws Exception {
        LocalDate in = quarter.start().plusDays(40);
        snapshot(WeekOfQuarter.start(quarter, 1).plusDays(1), deal("A", "smb", "Negotiation", "commit", "80000", in),
                deal("B", "smb", "Proposal", "best case", "40000", in));
        snapshot(WeekOfQuarter.start(quarter, 2).plusDays(1), deal("A", "smb", "Closed Won", "closed", "80000", in),
                deal("B", "smb", "Proposal", "best case", "40000", in));
        snapshot(quarter.end().plusDays(2), deal("A", "smb", "Closed Won", "closed", "80000", in),
                deal("B", "smb", "Closed Won", "closed", "20000", in));
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        String[] smb1 = {"lines[0].segment", "smb", "lines[0].commit", "90000", "lines[0].bestCase", "120000"};
        String[] smb2 = {"lines[0].segment", "smb", "lines[0].commit", "100000", "lines[0].bestCase", "120000", "lines[0].reason", "B firming up"};
        try (var at = atWeek(1)) {
            mvc.perform(call(1, cro, smb1)).andExpect(status().is3xxRedirection());
        }
        try (var at = atWeek(2)) {
            mvc.perform(call(2, cro, smb2)).andExpect(status().is3xxRedirection());
        }
        AccuracyPage page = forecast.accuracy(people.principalOf("board"));
        AccuracyPage.QuarterAccuracy qa = page.quarters().stream().filter(q -> q.quarter().equals(quarter)).findFirst().orElseThrow();
        assertThat(qa.closing()).isEqualTo(quarter.end().plusDays(2));
        int smb = company.segments().stream().map(s -> s.key()).toList().indexOf("smb");
        assertThat(qa.actuals().get(smb).amount()).isEqualByComparingTo("100000");
        AccuracyPage.Cell week1 = qa.weeks().get(0).cells().get(smb);
        assertThat(week1.call().amount()).isEqualByComparingTo("90000");
        assertThat(week1.call().accuracy()).isEqualByComparingTo("0.9");
        assertThat(week1.crm().amount()).isEqualByComparingTo("80000");
        assertThat(week1.crm().accuracy()).isEqualByComparingTo("0.8");
        AccuracyPage.Cell week2 = qa.weeks().get(1).cells().get(smb);
        assertThat(week2.call().accuracy()).isEqualByComparingTo("1");
        // Later weeks keep the latest call.
        assertThat(qa.weeks().get(5).cells().get(smb).call().amount()).isEqualByComparingTo("100000");

        mvc.perform(get("/forecast/accuracy").session(SignIn.demo(mvc, "board"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(quarter.longLabel())))
                .andExpect(content().string(containsString("call is usually within")));
    }

    @Test
    void theApiGivesTargetsTheRollUpAndTheCallsByWeek() throws Exception {
        LocalDate in = quarter.start().plusDays(40);
        snapshot(WeekOfQuarter.start(quarter, 1).plusDays(2), deal("A", "mid-market", "Negotiation", "commit", "60000", in));
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        mvc.perform(post("/forecast/targets").session(cro).with(csrf()).param("quarter", quarter.key())
                .param("lines[0].segment", "mid-market").param("lines[0].amount", "200k")).andExpect(status().is3xxRedirection());
        try (var at = atWeek(1)) {
            mvc.perform(call(1, cro, "lines[0].segment", "mid-market", "lines[0].commit", "150k", "lines[0].bestCase", "180k"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/api/v1/forecast").param("quarter", quarter.key()).session(SignIn.demo(mvc, "board")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quarter").value(quarter.key()))
                .andExpect(jsonPath("$.weeks").value(WeekOfQuarter.count(quarter)))
                .andExpect(jsonPath("$.targets[?(@.segment == 'mid-market')].amount").value(200000.0))
                .andExpect(jsonPath("$.byWeek[0].segments[?(@.segment == 'mid-market')].commit").value(60000.0))
                .andExpect(jsonPath("$.byWeek[0].segments[?(@.segment == 'mid-market')].call.commit").value(150000.0))
                .andExpect(jsonPath("$.byWeek[1].segments[?(@.segment == 'mid-market')].call.week").value(1));
        mvc.perform(get("/api/v1/forecast").param("quarter", "FY2027-Q9").session(cro))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theCallAndAccuracyPagesCostTheSameStatementsWhateverTheSnapshotsAndWeeks() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        LocalDate in = quarter.start().plusDays(50);
        snapshot(WeekOfQuarter.start(quarter, 1).plusDays(1), deal("A", "enterprise", "Negotiation", "commit", "100000", in));
        try (var at = atWeek(1)) {
            mvc.perform(call(1, cro, enterprise("100k", "150k", null, null))).andExpect(status().is3xxRedirection());
        }
        long one = SqlStatements.countDuring(() -> mvc.perform(get("/forecast").param("quarter", quarter.key()).session(cro))
                .andExpect(status().isOk()));
        long oneAccuracy = SqlStatements.countDuring(() -> mvc.perform(get("/forecast/accuracy").session(cro)).andExpect(status().isOk()));
        long oneApi = SqlStatements.countDuring(() -> mvc.perform(get("/api/v1/forecast").param("quarter", quarter.key()).session(cro))
                .andExpect(status().isOk()));
        for (int week = 2; week <= 10; week++) {
            List<String> deals = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                deals.add(deal("D" + i, i % 3 == 0 ? "smb" : "enterprise", "Negotiation", i % 2 == 0 ? "commit" : "pipeline",
                        String.valueOf(1000 + i * week), in.plusDays(i % 20)));
            }
            snapshot(WeekOfQuarter.start(quarter, week).plusDays(1), deals.toArray(String[]::new));
            try (var at = atWeek(week)) {
                mvc.perform(call(week, cro, enterprise(100 + week + "k", "200k", "Week " + week + " moved", null)))
                        .andExpect(status().is3xxRedirection());
            }
        }
        snapshot(quarter.end().plusDays(1), deal("A", "enterprise", "Closed Won", "closed", "100000", in));
        long many = SqlStatements.countDuring(() -> mvc.perform(get("/forecast").param("quarter", quarter.key()).session(cro))
                .andExpect(status().isOk()));
        long manyAccuracy = SqlStatements.countDuring(() -> mvc.perform(get("/forecast/accuracy").session(cro)).andExpect(status().isOk()));
        long manyApi = SqlStatements.countDuring(() -> mvc.perform(get("/api/v1/forecast").param("quarter", quarter.key()).session(cro))
                .andExpect(status().isOk()));
        assertThat(many).isEqualTo(one).isLessThanOrEqualTo(12);
        assertThat(manyAccuracy).isEqualTo(oneAccuracy).isLessThanOrEqualTo(8);
        assertThat(manyApi).isEqualTo(oneApi).isLessThanOrEqualTo(8);
    }

    @Test
    void aCallForASegmentThatDoesNotExistIsRefused() {
        CadenceUser cro = people.principalOf("cro");
        CallForm form = new CallForm();
        form.setQuarter(quarter.key());
        form.setWeek(1);
        CallForm.Line line = new CallForm.Line();
        line.setSegment("nowhere");
        line.setCommit(new dev.cadence.web.TypedNumber(BigDecimal.ONE));
        form.getLines().add(line);
        try (var at = atWeek(1)) {
            assertThatThrownBy(() -> forecast.saveCall(form, cro)).hasMessageContaining("There is no segment \"nowhere\"");
        }
    }

    @Test
    void malformedFormsAndQuartersAreRefusedNeverCrashed() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        mvc.perform(get("/forecast").param("quarter", "FY2027-Q5").session(cro)).andExpect(status().isUnprocessableContent());
        try (var at = atWeek(1)) {
            for (String[] params : List.of(
                    new String[] {"lines[100000].segment", "smb"},
                    new String[] {"lines[-1].segment", "smb"},
                    new String[] {"lines[x].segment", "smb"},
                    new String[] {"lines[0].version", "abc"},
                    new String[] {"lines[0].segment", "smb", "lines[0].commit", "1,5"})) {
                int status = mvc.perform(call(1, cro, params)).andReturn().getResponse().getStatus();
                assertThat(status).as(String.join(" ", params)).isBetween(400, 499);
            }
            int noWeek = mvc.perform(post("/forecast/calls").session(cro).with(csrf()).param("quarter", quarter.key()))
                    .andReturn().getResponse().getStatus();
            assertThat(noWeek).isBetween(400, 499);
        }
        int targets = mvc.perform(post("/forecast/targets").session(cro).with(csrf()).param("quarter", quarter.key())
                .param("lines[5000].amount", "1")).andReturn().getResponse().getStatus();
        assertThat(targets).isBetween(400, 499);
    }
}

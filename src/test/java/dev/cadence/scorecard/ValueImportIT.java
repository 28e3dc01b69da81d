package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@CadenceIntegrationTest
class ValueImportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ValueImportService imports;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    Clock clock;

    String key;
    Period week;
    CadenceUser revops;

    @BeforeEach
    void aSegmentedWeeklyMetric() {
        revops = people.principalOf("revops");
        key = "import-test-" + System.nanoTime() % 10_000_000;
        definitions.create(key, new MetricSpec("Imported metric", "Imported", "Count", MetricUnit.COUNT,
                Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, people.principalOf("cmo").personId(), Indicator.LEADING, "Pipeline",
                true, BigDecimal.TEN, "Warehouse", 950), GovernanceStatus.DRAFT, revops);
        week = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).previous();
    }

    @Test
    void aGoodFileIsPreviewedThenStoredAndImportingItAgainChangesNothing() {
        String csv = "metric_key,period,segment,value,narrative\n"
                + key + "," + week.key() + ",,120,Company-wide\n"
                + key + "," + week.key() + ",enterprise,40,\n"
                + key + "," + week.previous().key() + ",smb,\"1,5\",\"Quoted, with a comma\"\n";
        csv = csv.replace("\"1,5\"", "15");

        ImportReport preview = imports.preview(csv, revops);
        assertThat(preview.valid()).isTrue();
        assertThat(preview.created()).isEqualTo(3);
        assertThat(scorecard.cell(key, week.key(), null, revops).value()).as("a preview stores nothing").isNull();

        ImportReport first = imports.commit(csv, revops);
        assertThat(first.created()).isEqualTo(3);
        assertThat(scorecard.cell(key, week.key(), "enterprise", revops).value()).isEqualByComparingTo("40");
        assertThat(scorecard.cell(key, week.previous().key(), "smb", revops).narrative()).isEqualTo("Quoted, with a comma");

        ImportReport again = imports.commit(csv, revops);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.created() + again.updated()).isZero();
        Long version = scorecard.cell(key, week.key(), null, revops).version();
        assertThat(version).as("unchanged rows are not written again").isEqualTo(0L);

        ImportReport correction = imports.commit(csv.replace(",120,", ",125,"), revops);
        assertThat(correction.updated()).isEqualTo(1);
        assertThat(scorecard.cell(key, week.key(), null, revops).value()).isEqualByComparingTo("125");
    }

    @Test
    void oneBadRowMeansNothingIsStoredAndEveryProblemIsReportedByLine() {
        String csv = "metric_key,period,segment,value,narrative\n"
                + key + "," + week.key() + ",,120,fine\n"
                + "no-such-metric," + week.key() + ",,1,\n"
                + key + ",2026-13,,1,\n"
                + key + "," + week.key() + ",,abc,\n"
                + key + "," + week.key() + ",atlantis,1,\n"
                + key + "," + week.key() + ",,121,duplicate\n";
        ImportReport report = imports.preview(csv, revops);
        assertThat(report.valid()).isFalse();
        assertThat(report.rows()).extracting(ImportRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(report.rows().get(0).error()).isNull();
        assertThat(report.rows().get(1).error()).contains("Unknown metric \"no-such-metric\"");
        assertThat(report.rows().get(2).error()).contains("2026-13");
        assertThat(report.rows().get(3).error()).contains("\"abc\" is not a number");
        assertThat(report.rows().get(4).error()).contains("Unknown segment \"atlantis\"");
        assertThat(report.rows().get(5).error()).contains("Duplicate of line 2");

        assertThatThrownBy(() -> imports.commit(csv, revops)).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("5 problems");
        assertThat(scorecard.cell(key, week.key(), null, revops).value()).as("all or nothing").isNull();
    }

    @Test
    void aFileWithoutTheRightHeaderIsRefused() {
        ImportReport report = imports.preview("key,week,amount\nwin-rate,2026-W01,3\n", revops);
        assertThat(report.valid()).isFalse();
        assertThat(report.fileErrors()).singleElement().asString().contains("missing: metric_key, period, value");
    }

    @Test
    void ownersImportOnlyTheirOwnMetricsAndTheBoardNothing() throws Exception {
        String csv = "metric_key,period,segment,value,narrative\n" + key + "," + week.key() + ",,1,\n";
        assertThat(imports.preview(csv, people.principalOf("cmo")).valid()).as("the owner").isTrue();
        assertThat(imports.preview(csv, people.principalOf("cro")).rows().get(0).error()).contains("You may not enter values");
        mvc.perform(get("/scorecard/import").session(SignIn.demo(mvc, "board"))).andExpect(status().isForbidden());
        mvc.perform(post("/scorecard/import/commit").session(SignIn.demo(mvc, "board")).with(csrf()).param("csv", csv))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFileAndPastedTextTogetherAreRefusedWithThePastedTextKept() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "revops");
        String csv = "metric_key,period,segment,value,narrative\n" + key + "," + week.key() + ",mid-market,78,Pasted\n";
        mvc.perform(multipart("/scorecard/import").file(new MockMultipartFile("file", "values.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("csv", csv).session(session).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You chose a file and pasted text too")))
                .andExpect(content().string(containsString(",mid-market,78,Pasted")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("2. Preview"))));
        assertThat(scorecard.cell(key, week.key(), "mid-market", revops).value()).isNull();
    }

    @Test
    void thePagePreviewsAnUploadedFileAndCommitsIt() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "revops");
        String csv = "metric_key,period,segment,value,narrative\n" + key + "," + week.key() + ",mid-market,77,From the warehouse\n";
        mvc.perform(multipart("/scorecard/import").file(new MockMultipartFile("file", "values.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 rows: 1 new, 0 corrected, 0 unchanged")))
                .andExpect(content().string(containsString("3. Import 1 value")));
        mvc.perform(post("/scorecard/import/commit").session(session).with(csrf()).param("csv", csv))
                .andExpect(redirectedUrl("/scorecard"));
        assertThat(scorecard.cell(key, week.key(), "mid-market", revops).value()).isEqualByComparingTo("77");
    }

    @Test
    void theExportIsTheVisibleScorecardAndImportsBackUnchanged() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "revops");
        String exported = mvc.perform(get("/scorecard/export.csv").param("segment", "enterprise").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("scorecard-enterprise.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported.lines().findFirst().orElseThrow()).startsWith("metric_key,period,segment,value,narrative");
        assertThat(exported).contains("pipeline-coverage").contains("enterprise");
        String onlyValues = exported.lines().filter(l -> l.startsWith("metric_key") || !l.contains(",,,"))
                .filter(l -> !l.matches("^[^,]+,[^,]+,[^,]*,,.*"))
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        ImportReport back = imports.preview(onlyValues, revops);
        assertThat(back.errors()).as(back.rows().stream().filter(r -> r.error() != null).map(ImportRow::error).toList().toString())
                .isZero();
        assertThat(back.unchanged()).isEqualTo(back.rows().size());
    }
}

package dev.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DecisionDraft;
import dev.cadence.decisions.DecisionService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Periods;
import dev.cadence.scorecard.ImportReport;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.MetricFixture;
import dev.cadence.scorecard.MetricUnit;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.scorecard.ValueImportService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every CSV export defuses what a spreadsheet would run as a formula (a text cell starting with =, +, -,
 * @, a tab or a carriage return gets a leading apostrophe), and the scorecard's export still imports
 * back unchanged.
 */
@CadenceIntegrationTest
class CsvExportsIT {

    /** Text that spreadsheets would run, one per way a formula can start (a leading tab or CR is trimmed on entry). */
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "＝1+1");

    @Autowired
    MockMvc mvc;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    ValueImportService imports;
    @Autowired
    DecisionService decisions;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    Clock clock;

    @Test
    void theScorecardExportDefusesFormulasInItsTextAndImportsBackUnchanged() throws Exception {
        CadenceUser revops = people.principalOf("revops");
        String key = MetricFixture.metric(definitions, people).key("export").unit(MetricUnit.CURRENCY)
                .named("=Formula name").create().key();
        var week = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).previous();
        for (int i = 0; i < FORMULAS.size(); i++) {
            scorecard.enterValue(key, week.plus(-i).key(), null, new BigDecimal(-1 - i), FORMULAS.get(i), null, revops);
        }
        String exported = mvc.perform(get("/scorecard/export.csv").session(SignIn.demo(mvc, "revops")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> ours = exported.lines().filter(l -> l.startsWith(key + ",")).toList();
        assertThat(ours).isNotEmpty();
        for (int i = 0; i < FORMULAS.size(); i++) {
            String formula = FORMULAS.get(i);
            assertThat(exported).as("narrative %s", i).contains(",-" + (1 + i) + "," + csvCell("'" + formula) + ",")
                    .doesNotContain("," + csvCell(formula) + ",");
        }
        assertThat(ours).allSatisfy(line -> assertThat(line).contains(",'=Formula name,"));
        ImportReport back = imports.preview(exportOnly(exported, key), revops);
        assertThat(back.errors()).isZero();
        assertThat(back.unchanged()).isEqualTo(FORMULAS.size());
    }

    @Test
    void theDecisionLogExportDefusesFormulasToo() throws Exception {
        CadenceUser cfo = people.principalOf("cfo");
        String marker = "csvexport" + System.nanoTime();
        decisions.record(new DecisionDraft("=cmd " + marker, null, null, null, "+We do it", "Because", cfo.personId(), null,
                LocalDate.now(clock), null, null, "@everyone " + marker, null), cfo);
        String csv = mvc.perform(get("/decisions/export.csv").param("q", marker).session(SignIn.demo(mvc, "cfo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",'=cmd " + marker + ",").contains(",'+We do it,").contains(",'@everyone " + marker + ",")
                .doesNotContain(",=cmd").doesNotContain(",+We").doesNotContain(",@everyone");
    }

    /** The CSV cell as written: quoted when it holds a quote, a comma or a line break. */
    private static String csvCell(String text) {
        return text.contains("\"") || text.contains(",") || text.contains("\r") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** The export's header and this metric's lines that have a value. */
    private static String exportOnly(String exported, String key) {
        StringBuilder kept = new StringBuilder(exported.lines().findFirst().orElseThrow()).append("\r\n");
        exported.lines().filter(l -> l.startsWith(key + ",") && !l.split(",", 5)[3].isEmpty())
                .forEach(l -> kept.append(l).append("\r\n"));
        return kept.toString();
    }
}

package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.web.Flash;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Numbers as people type them, in a cell, a target and an import ({@code web.NumberFormatter}), and
 * numbers too large for their column ({@code numeric(18, 4)}), refused in words wherever they come
 * from — never a 500 from the database.
 */
@CadenceIntegrationTest
class ScorecardNumbersIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String REVOPS_TOKEN = "Bearer cadence-demo-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    ValueImportService imports;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    Clock clock;

    String key;
    String lastWeek;
    CadenceUser revops;

    @BeforeEach
    void aBookingsMetricOwnedByTheCro() {
        key = "numbers-test-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        revops = people.principalOf("revops");
        definitions.create(key, new MetricSpec("Test bookings", "New bookings", "Sum of bookings", MetricUnit.CURRENCY,
                Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, people.principalOf("cro").personId(), Indicator.LAGGING,
                "Bookings", false, BigDecimal.TEN, "Salesforce", 910), GovernanceStatus.DRAFT, revops);
        lastWeek = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth())
                .previous().key();
    }

    @Test
    void aCellTakesAnAmountAsPeopleWriteIt() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        enter(cro, "$1,200", null).andExpect(status().isOk());
        CellView stored = scorecard.cell(key, lastWeek, null, revops);
        assertThat(stored.value()).isEqualByComparingTo("1200");
        enter(cro, " $1.2M ", stored.version()).andExpect(status().isOk());
        stored = scorecard.cell(key, lastWeek, null, revops);
        assertThat(stored.value()).isEqualByComparingTo("1200000");
        enter(cro, "450k", stored.version()).andExpect(status().isOk());
        assertThat(scorecard.cell(key, lastWeek, null, revops).value()).isEqualByComparingTo("450000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,5     | &quot;1,5&quot; is ambiguous: a comma groups thousands, as in 1,500. Write a decimal with a point, e.g. 1.5.",
            "12%     | &quot;12%&quot; is not an amount in dollars: write it like $1,200 or $1.2M.",
            "41 d    | &quot;41 d&quot; is not an amount in dollars: write it like $1,200 or $1.2M.",
            "0.00001 | 0.00001 has more decimals than Cadence keeps: up to 4 after the decimal point (0.0001 is the smallest step).",
            "1e-30   | That number has more decimals than Cadence keeps"})
    void aCellRefusesWhatIsAmbiguousWrittenForAnotherUnitOrMorePreciseThanKeptAndKeepsWhatWasTyped(String typed, String refusal)
            throws Exception {
        enter(SignIn.demo(mvc, "cro"), typed, null).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(refusal)))
                .andExpect(content().string(containsString("value=\"" + typed + "\"")));
        assertThat(scorecard.cell(key, lastWeek, null, revops).value()).isNull();
    }

    @Test
    void aPercentageIsTypedAsOneNeverNegativeAndStoredAsTheNumberBeforeTheSign() throws Exception {
        String percent = MetricFixture.metric(definitions, people).key("numbers-percent").create().key();
        MockHttpSession session = SignIn.demo(mvc, "revops");
        setTarget(session, percent, "-5").andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("error",
                "\"-5\" is negative, and a percentage cannot be: write 0 or more, like 41.5 or 41.5%.")));
        setTarget(session, percent, "$12").andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("error",
                "\"$12\" is not a percentage: write it like 41.5 or 41.5%.")));
        assertThat(definitions.targets(percent)).isEmpty();
        setTarget(session, percent, "41.5%").andExpect(flash().attribute(Flash.ATTRIBUTE,
                new Flash("success", "Target set from " + lastWeek + ".")));
        assertThat(definitions.targets(percent)).singleElement().satisfies(t -> assertThat(t.target()).isEqualByComparingTo("41.5"));
        mvc.perform(put("/api/v1/metrics/{key}/values/{period}", percent, lastWeek).header("Authorization", REVOPS_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": -0.5}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("value"))
                .andExpect(jsonPath("$.detail").value("\"-0.5\" is negative, and a percentage cannot be: write 0 or more, like 41.5 or 41.5%."));
    }

    @Test
    void theAtRiskBandIsTypedAsAPercentageAndKeptToItsTwoDecimals() throws Exception {
        MetricView metric = MetricFixture.metric(definitions, people).key("numbers-band").create();
        MockHttpSession session = SignIn.demo(mvc, "revops");
        editBand(session, metric, "$10").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"atRiskBandPercent-error\"")))
                .andExpect(content().string(containsString("&quot;$10&quot; is not a percentage: write it like 41.5 or 41.5%.")));
        editBand(session, metric, "0.001").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("The at-risk band keeps up to 2 decimals, e.g. 12.5 or 0.25.")));
        assertThat(definitions.get(metric.key()).atRiskBandPercent()).isEqualByComparingTo("10");
        editBand(session, metric, "12.5%").andExpect(status().isFound());
        assertThat(definitions.get(metric.key()).atRiskBandPercent()).isEqualByComparingTo("12.5");
        MetricView edited = definitions.get(metric.key());
        mvc.perform(put("/api/v1/metrics/{key}", metric.key()).header("Authorization", REVOPS_TOKEN)
                        .header("If-Match", "\"" + edited.version() + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Band\", \"definition\": \"d\", \"calculation\": \"c\", \"unit\": \"PERCENT\", "
                                + "\"direction\": \"HIGHER_IS_BETTER\", \"cadence\": \"WEEKLY\", \"ownerId\": " + edited.ownerId()
                                + ", \"indicator\": \"LEADING\", \"lever\": \"Pipeline\", \"atRiskBandPercent\": 1e-30, "
                                + "\"dataSource\": \"Test\", \"displayOrder\": 900}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("atRiskBandPercent"));
        assertThat(definitions.get(metric.key()).atRiskBandPercent()).isEqualByComparingTo("12.5");
    }

    @Test
    void anImportReadsItsNumbersByTheUnitToo() {
        Period week = Periods.parse(lastWeek, company.profile().fiscalYearStartMonth());
        ImportReport report = imports.preview("metric_key,period,value\n"
                + key + "," + week.key() + ",\"1,5\"\n"
                + key + "," + week.plus(-1).key() + ",12%\n"
                + key + "," + week.plus(-2).key() + ",0.00001\n"
                + key + "," + week.plus(-3).key() + ",450k\n", revops);
        assertThat(report.rows()).extracting(ImportRow::error).containsExactly(
                "\"1,5\" is ambiguous: a comma groups thousands, as in 1,500. Write a decimal with a point, e.g. 1.5.",
                "\"12%\" is not an amount in dollars: write it like $1,200 or $1.2M.",
                StoredNumbers.tooPrecise(new BigDecimal("0.00001")),
                null);
    }

    @Test
    void aCellRefusesTextThatIsNoNumberOrNothingAndKeepsWhatWasTyped() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        enter(cro, "abc", null).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("&quot;abc&quot; is not a number. Use digits, e.g. 3.2 or 41.5.")))
                .andExpect(content().string(containsString("value=\"abc\"")));
        enter(cro, "  ", null).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Enter the value as a number")));
        assertThat(scorecard.cell(key, lastWeek, null, revops).value()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e15", "-1e15", "123456789012345678901234567890", "1e309", "99999999999999.99995"})
    void aCellRefusesNumbersTooLargeToStore(String typed) throws Exception {
        enter(SignIn.demo(mvc, "cro"), typed, null).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("That number is too large")));
        assertThat(scorecard.cell(key, lastWeek, null, revops).value()).isNull();
    }

    @Test
    void theLargestNumberThatFitsIsStored() throws Exception {
        enter(SignIn.demo(mvc, "cro"), "-99,999,999,999,999.9999", null).andExpect(status().isOk());
        assertThat(scorecard.cell(key, lastWeek, null, revops).value()).isEqualByComparingTo("-99999999999999.9999");
    }

    @Test
    void aTargetIsReadTheSameWayAndRefusedInWords() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "revops");
        setTarget(session, "abc").andExpect(flash().attribute(Flash.ATTRIBUTE,
                new Flash("error", "\"abc\" is not a number. Use digits, e.g. 3.2 or 41.5.")));
        setTarget(session, "1e15").andExpect(flash().attribute(Flash.ATTRIBUTE,
                new Flash("error", StoredNumbers.tooLarge())));
        setTarget(session, "").andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("error", "Enter the target as a number.")));
        assertThat(definitions.targets(key)).isEmpty();
        setTarget(session, "$1,200").andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", "Target set from " + lastWeek + ".")));
        assertThat(definitions.targets(key)).singleElement().satisfies(t -> assertThat(t.target()).isEqualByComparingTo("1200"));
    }

    @Test
    void theApiAndTheImportRefuseNumbersTooLargeToStoreInWords() throws Exception {
        for (String json : new String[] {"1e15", "1e309", "123456789012345678901234567890"}) {
            mvc.perform(put("/api/v1/metrics/{key}/values/{period}", key, lastWeek).header("Authorization", REVOPS_TOKEN)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"value\": " + json + "}"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.detail").value(StoredNumbers.tooLarge()))
                    .andExpect(jsonPath("$.field").value("value"));
        }
        Period week = Periods.parse(lastWeek, company.profile().fiscalYearStartMonth());
        ImportReport report = imports.preview("metric_key,period,value\n"
                + key + "," + week.key() + ",1e15\n"
                + key + "," + week.plus(-1).key() + ",\"$1,200\"\n"
                + key + "," + week.plus(-2).key() + ",\n", revops);
        assertThat(report.rows()).extracting(ImportRow::error).containsExactly(StoredNumbers.tooLarge(), null,
                "The value is missing. Use digits, e.g. 3.2 or 41.5.");
        assertThat(scorecard.cell(key, lastWeek, null, revops).value()).isNull();
    }

    private ResultActions enter(MockHttpSession session, String value, Long version)
            throws Exception {
        return mvc.perform(post("/scorecard/cells/" + key + "/" + lastWeek).header("HX-Request", "true").session(session)
                .with(csrf()).param("value", value).param("version", version == null ? "" : version.toString()));
    }

    private ResultActions setTarget(MockHttpSession session, String target)
            throws Exception {
        return setTarget(session, key, target);
    }

    private ResultActions setTarget(MockHttpSession session, String metricKey, String target) throws Exception {
        return mvc.perform(post("/metrics/" + metricKey + "/targets").session(session).with(csrf())
                .param("effectiveFrom", lastWeek).param("target", target));
    }

    /** The definition form as it was, with the at-risk band typed anew. */
    private ResultActions editBand(MockHttpSession session, MetricView m, String band) throws Exception {
        return mvc.perform(post("/metrics/" + m.key()).session(session).with(csrf())
                .param("name", m.name()).param("definition", m.definition()).param("calculation", m.calculation())
                .param("unit", m.unit().name()).param("direction", m.direction().name()).param("cadence", m.cadence().name())
                .param("ownerId", String.valueOf(m.ownerId())).param("indicator", m.indicator().name()).param("lever", m.lever())
                .param("atRiskBandPercent", band).param("dataSource", m.dataSource())
                .param("displayOrder", String.valueOf(m.displayOrder())).param("version", String.valueOf(definitions.get(m.key()).version())));
    }
}

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
    void aCellTakesDollarsThousandsSeparatorsAndPercentSigns() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        enter(cro, "$1,200", null).andExpect(status().isOk());
        CellView stored = scorecard.cell(key, lastWeek, null, revops);
        assertThat(stored.value()).isEqualByComparingTo("1200");
        enter(cro, " 41.5% ", stored.version()).andExpect(status().isOk());
        assertThat(scorecard.cell(key, lastWeek, null, revops).value()).isEqualByComparingTo("41.5");
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
        return mvc.perform(post("/metrics/" + key + "/targets").session(session).with(csrf())
                .param("effectiveFrom", lastWeek).param("target", target));
    }
}

package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import dev.cadence.period.Periods;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The new-metric form: one submit names every problem beside its field, a first target is set with the definition (the
 * way targets are set on its page, in the same transaction), and the metric is placed after another, not numbered.
 */
@CadenceIntegrationTest
class MetricFormIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MetricDefinitionService definitions;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    Clock clock;

    @Test
    void anEmptySubmitNamesEveryMissingFieldAtOnceAndCreatesNothing() throws Exception {
        int before = definitions.all().size();
        String page = mvc.perform(post("/metrics").session(revops()).with(csrf()).param("placeAfter", ""))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(Governance.KEY_MESSAGE, "Give the metric a name.", "Say in plain words what the metric means.",
                "Say how it is calculated.", "Every metric has exactly one owner: choose them.", "Choose a unit.",
                "Name the lever it belongs to", "Name where the numbers come from");
        assertThat(page).as("the summary counts them and links each to its field")
                .contains("8 fields need a change:", "href=\"#lever\"", "href=\"#dataSource\"");
        assertThat(page).contains("id=\"lever-error\"", "id=\"dataSource-error\"", "id=\"key-error\"");
        assertThat(definitions.all()).hasSize(before);
    }

    @Test
    void aMetricIsCreatedWithItsFirstTargetAndPlacedAfterTheOneChosen() throws Exception {
        String key = unique("first-target");
        MetricView winRate = definitions.get("win-rate");
        MetricDefinitionService.Place next = following(winRate.key());
        String week = Periods.current(Cadence.WEEKLY, LocalDate.now(clock), company.profile().fiscalYearStartMonth()).key();

        mvc.perform(filled(post("/metrics"), key).param("placeAfter", "win-rate").param("firstTarget", "27.5%")
                        .param("firstTargetFrom", week.toLowerCase()).session(revops()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/metrics/" + key));

        assertThat(definitions.targets(key)).singleElement().satisfies(t -> {
            assertThat(t.effectiveFrom()).isEqualTo(week);
            assertThat(t.segment()).as("company-wide").isNull();
            assertThat(t.target()).isEqualByComparingTo("27.5");
        });
        MetricView created = definitions.get(key);
        assertThat(created.displayOrder()).isGreaterThan(winRate.displayOrder());
        if (next != null) {
            assertThat(created.displayOrder()).isLessThan(definitions.get(next.key()).displayOrder());
        }
        assertThat(definitions.placedAfter(key)).isEqualTo("win-rate");
        assertThat(mvc.perform(get("/metrics/" + key).session(revops())).andReturn().getResponse().getContentAsString())
                .contains("27.5%");
    }

    @Test
    void aFirstTargetThatDoesNotFitIsRefusedBesideItsFieldsWithTheOtherProblemsAndNothingIsCreated() throws Exception {
        String key = unique("bad-target");
        String page = mvc.perform(filled(post("/metrics"), "win-rate", Map.of("unit", "CURRENCY", "firstTarget", "12%",
                        "firstTargetFrom", "2026-13", "name", "")).session(revops()).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("A metric with the key win-rate exists already.", "is not an amount in dollars",
                "months run from 01 to 12", "Give the metric a name.", "id=\"firstTarget-error\"", "id=\"firstTargetFrom-error\"");
        assertThat(page).as("what was typed stays").contains("value=\"12%\"", "value=\"2026-13\"");

        String alone = mvc.perform(filled(post("/metrics"), key, Map.of("firstTarget", "25")).session(revops()).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(alone).contains("Say from which period the target applies");
        assertThat(definitions.all()).noneMatch(m -> m.key().equals(key));
    }

    @Test
    void aTargetFromAPeriodOfAnotherCadenceIsRefusedAndLeavesNoDefinition() {
        String key = unique("other-cadence");
        MetricSpec spec = spec(900);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> definitions.create(key, spec, GovernanceStatus.DRAFT, null,
                        new MetricDefinitionService.FirstTarget("2026-12", new dev.cadence.web.TypedNumber(BigDecimal.TEN)),
                        people.principalOf("revops")))
                .isInstanceOf(dev.cadence.web.RuleViolationException.class)
                .satisfies(e -> assertThat(((dev.cadence.web.RuleViolationException) e).field()).isEqualTo("firstTargetFrom"));
        assertThat(definitions.all()).noneMatch(m -> m.key().equals(key));
    }

    @Test
    void placedWhereNoNumberIsLeftTheMetricsBelowMoveDownAsFarAsTheFirstGap() throws Exception {
        // Three metrics of this test's own, numbered one after the other, far from every other metric's number.
        String first = unique("tight-a");
        String second = unique("tight-b");
        String third = unique("tight-c");
        String beyond = unique("tight-d");
        CadenceUser revops = people.principalOf("revops");
        definitions.create(first, spec(7_771), GovernanceStatus.DRAFT, revops);
        definitions.create(second, spec(7_772), GovernanceStatus.DRAFT, revops);
        definitions.create(third, spec(7_773), GovernanceStatus.DRAFT, revops);
        definitions.create(beyond, spec(7_790), GovernanceStatus.DRAFT, revops);
        long beyondVersion = definitions.get(beyond).version();
        String key = unique("squeezed");

        mvc.perform(filled(post("/metrics"), key).param("placeAfter", first).session(revops()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(definitions.get(first).displayOrder()).isEqualTo(7_771);
        assertThat(definitions.get(key).displayOrder()).isEqualTo(7_772);
        assertThat(definitions.get(second).displayOrder()).isEqualTo(7_773);
        assertThat(definitions.get(third).displayOrder()).isEqualTo(7_774);
        assertThat(definitions.get(beyond).displayOrder()).as("past the gap nothing moves").isEqualTo(7_790);
        assertThat(definitions.get(beyond).version()).isEqualTo(beyondVersion);
        assertThat(definitions.places(null).stream().map(MetricDefinitionService.Place::key)
                .filter(k -> k.contains("-tight-") || k.equals(key)).toList())
                .containsExactly(first, key, second, third, beyond);
    }

    @Test
    void anEditThatKeepsThePlaceKeepsTheNumberAndTheFormOffersPlacesNotANumber() throws Exception {
        String key = unique("kept-place");
        definitions.create(key, spec(9_000), GovernanceStatus.DRAFT, people.principalOf("revops"));
        MetricView metric = definitions.get(key);
        String form = mvc.perform(get("/metrics/" + key + "/edit").session(revops())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"placeAfter\"", "At the top", "After Win rate").doesNotContain("name=\"displayOrder\"")
                .as("not after itself").doesNotContain("value=\"" + key + "\"");

        mvc.perform(filled(post("/metrics/" + key), key, Map.of("dataSource", "Warehouse"))
                        .param("version", String.valueOf(metric.version())).param("placeAfter", definitions.placedAfter(key))
                        .session(revops()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(definitions.get(key).displayOrder()).isEqualTo(9_000);
        assertThat(definitions.get(key).dataSource()).isEqualTo("Warehouse");
    }

    @Test
    void twoCreationsOfOneKeyAtOnceMakeOneMetricAndOneClearRefusal() throws Exception {
        String key = unique("race");
        MockHttpSession session = revops();
        List<Race.Outcome> outcomes = Race.requests(mvc, "metric_definition",
                filled(post("/metrics"), key).session(session).with(csrf()),
                filled(post("/metrics"), key).session(session).with(csrf()));
        assertThat(outcomes).filteredOn(Race.Outcome::saved).hasSize(1);
        Race.Outcome refused = outcomes.stream().filter(o -> !o.saved()).findFirst().orElseThrow();
        assertThat(refused.crash()).isNull();
        assertThat(refused.status()).isIn(409, 422);
        assertThat(definitions.all()).filteredOn(m -> m.key().equals(key)).hasSize(1);
    }

    @Test
    void whoMayNotDefineMetricsGets403() throws Exception {
        for (String who : List.of("board", "cro")) {
            mvc.perform(filled(post("/metrics"), unique("not-" + who)).session(SignIn.demo(mvc, who)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/metrics/new").session(SignIn.demo(mvc, who))).andExpect(status().isForbidden());
        }
    }

    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String key) {
        return filled(request, key, Map.of());
    }

    /** A complete definition, with {@code changed} fields as given instead. */
    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String key, Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("name", "Form test " + key);
        fields.put("definition", "Share of something");
        fields.put("calculation", "Count ÷ total");
        fields.put("unit", "PERCENT");
        fields.put("direction", "HIGHER_IS_BETTER");
        fields.put("cadence", "WEEKLY");
        fields.put("ownerId", String.valueOf(people.principalOf("cro").personId()));
        fields.put("indicator", "LEADING");
        fields.put("lever", "Pipeline");
        fields.put("dataSource", "Salesforce");
        fields.put("atRiskBandPercent", "10");
        fields.putAll(changed);
        fields.forEach(request::param);
        return request;
    }

    private MetricSpec spec(int order) {
        return new MetricSpec("Form test " + order + " " + System.nanoTime(), "Share", "Count ÷ total", MetricUnit.PERCENT,
                Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, people.principalOf("cro").personId(), Indicator.LEADING,
                "Pipeline", false, BigDecimal.TEN, "Salesforce", order);
    }

    private MetricDefinitionService.Place following(String key) {
        List<MetricDefinitionService.Place> places = definitions.places(null);
        for (int i = 0; i < places.size() - 1; i++) {
            if (places.get(i).key().equals(key)) {
                return places.get(i + 1);
            }
        }
        return null;
    }

    private MockHttpSession revops() throws Exception {
        return SignIn.demo(mvc, "revops");
    }

    private static String unique(String what) {
        return "form-" + what + "-" + System.nanoTime() % 10_000_000;
    }
}

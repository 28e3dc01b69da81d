package dev.cadence.nrr;

import static dev.cadence.nrr.NrrFixture.money;
import static dev.cadence.nrr.NrrFixture.update;
import static dev.cadence.nrr.NrrFixture.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import dev.cadence.web.ApplicationClock;
import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The NRR forecast: arithmetic end to end, who updates what, as of a date, the board, a race and the page's cost. */
@CadenceIntegrationTest
class NrrIT {

    @Autowired
    NrrPanel panel;
    @Autowired
    MockMvc mvc;
    @Autowired
    NrrService nrr;
    @Autowired
    AtRiskService accounts;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;
    @Autowired
    ApplicationClock clock;

    CadenceUser cro;
    CadenceUser vpcs;
    CadenceUser cfo;
    CadenceUser ceo;
    FiscalQuarter quarter;
    String marker;

    @BeforeEach
    void setUp() {
        cro = people.principalOf("cro");
        vpcs = people.principalOf("vpcs");
        cfo = people.principalOf("cfo");
        ceo = people.principalOf("ceo");
        quarter = NrrFixture.pastQuarter(company);
        marker = "N" + System.nanoTime() % 1_000_000_000L;
    }

    private String path(String rest) {
        return "/nrr/" + quarter.key() + rest;
    }

    private AccountView account(String name, long arr, Escalation escalation, CadenceUser by) {
        return accounts.add(new AccountSpec(name, BigDecimal.valueOf(arr), quarter.start().plusDays(40), Risk.MEDIUM,
                "Usage down after a reorg", "Exec sponsor call", vpcs.personId(), escalation), by);
    }

    @Test
    void theForecastAndTheActualsGiveNrrAndGrrSideBySide() throws Exception {
        nrr.setBaseline(quarter, money(40_600_000), money(9_800_000), 0, cfo);
        NrrFixture.owners(nrr, quarter, vpcs, cro);
        update(nrr, quarter, NrrComponent.CHURN, 950_000, "Opening call", vpcs);
        update(nrr, quarter, NrrComponent.CHURN, 1_100_000, "Keystone gave notice", vpcs);
        update(nrr, quarter, NrrComponent.CONTRACTION, 410_000, "Seat true-downs", vpcs);
        update(nrr, quarter, NrrComponent.EXPANSION, 2_250_000, "Add-on attach", cro);
        nrr.enterActuals(quarter, money(1_140_000), money(390_000), money(2_310_000), nrr.page(quarter.key(), cfo).quarterVersion(), cfo);

        NrrSnapshot s = nrr.now(quarter, cro);
        // (40.6M + 2.25M − 0.41M − 1.1M) / 40.6M and (40.6M + 2.31M − 0.39M − 1.14M) / 40.6M
        assertThat(s.forecast().nrr()).isEqualByComparingTo(new BigDecimal("41340000").divide(new BigDecimal("40600000"), 6, RoundingMode.HALF_EVEN));
        assertThat(s.actual().nrr()).isEqualByComparingTo(new BigDecimal("41380000").divide(new BigDecimal("40600000"), 6, RoundingMode.HALF_EVEN));
        assertThat(s.forecast().grr()).isEqualByComparingTo(new BigDecimal("39090000").divide(new BigDecimal("40600000"), 6, RoundingMode.HALF_EVEN));
        assertThat(s.actual().grr()).isEqualByComparingTo(new BigDecimal("39070000").divide(new BigDecimal("40600000"), 6, RoundingMode.HALF_EVEN));
        assertThat(s.component(NrrComponent.CHURN).variance()).isEqualByComparingTo("40000");
        assertThat(s.nrrMiss()).isEqualTo("+0.1 pts");

        MockHttpSession session = SignIn.demo(mvc, "cfo");
        mvc.perform(get("/nrr").param("quarter", quarter.key()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("101.8%")))
                .andExpect(content().string(containsString("101.9%")))
                .andExpect(content().string(containsString("+0.1 pts against forecast")))
                .andExpect(content().string(containsString("$1,140,000")))
                .andExpect(content().string(containsString("Keystone gave notice")));
        mvc.perform(get("/api/v1/nrr").param("quarter", quarter.key()).header("Authorization", "Bearer cadence-demo-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quarter").value(quarter.key()))
                .andExpect(jsonPath("$.startingArr").value(40_600_000.0))
                .andExpect(jsonPath("$.components[0].component").value("churn"))
                .andExpect(jsonPath("$.components[0].owner").value("Elena García"))
                .andExpect(jsonPath("$.components[0].forecast").value(1_100_000.0))
                .andExpect(jsonPath("$.components[0].actual").value(1_140_000.0))
                .andExpect(jsonPath("$.nrr.forecast").value(1.018227))
                .andExpect(jsonPath("$.grr.actual").value(0.962315));

        // The forecast closes with the actuals; actuals wait for the quarter's end.
        assertThatThrownBy(() -> update(nrr, quarter, NrrComponent.CHURN, 1, "Late", vpcs)).isInstanceOf(RuleViolationException.class);
        FiscalQuarter future = nrr.currentQuarter().plus(2);
        assertThatThrownBy(() -> nrr.enterActuals(future, money(1), money(1), money(1), 0, cfo))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("once the quarter has ended");
    }

    @Test
    void onlyTheOwnerUpdatesAComponentAndAlwaysWithAReason() throws Exception {
        NrrFixture.owners(nrr, quarter, vpcs, cro);
        MockHttpSession vpcsSession = SignIn.demo(mvc, "vpcs");
        MockHttpSession croSession = SignIn.demo(mvc, "cro");
        long v = version(nrr, quarter, NrrComponent.CHURN, cro);

        mvc.perform(post(path("/components/churn/forecast")).session(croSession).with(csrf()).header("HX-Request", "true")
                        .param("amount", "1.2M").param("reason", "The CRO's view").param("version", String.valueOf(v)))
                .andExpect(status().isForbidden());
        mvc.perform(post(path("/components/churn/forecast")).session(vpcsSession).with(csrf()).header("HX-Request", "true")
                        .param("amount", "$1.2M").param("reason", " ").param("version", String.valueOf(v)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("HX-Retarget", "#forecast-churn"))
                .andExpect(content().string(containsString("every forecast update needs its reason")))
                .andExpect(content().string(containsString("value=\"$1.2M\"")));
        mvc.perform(post(path("/components/churn/forecast")).session(vpcsSession).with(csrf()).header("HX-Request", "true")
                        .param("amount", "12%").param("reason", "Two logos").param("version", String.valueOf(v)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("not an amount of dollars")));
        assertThat(nrr.now(quarter, cro).component(NrrComponent.CHURN).forecast()).as("nothing stored").isNull();

        mvc.perform(post(path("/components/churn/forecast")).session(vpcsSession).with(csrf()).header("HX-Request", "true")
                        .param("amount", "$1.2M").param("reason", "Corvid at risk, weighted 30%").param("version", String.valueOf(v)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Refresh", "true"));
        ComponentView churn = nrr.now(quarter, cro).component(NrrComponent.CHURN);
        assertThat(churn.forecast()).isEqualByComparingTo("1200000");
        assertThat(churn.lastReason()).isEqualTo("Corvid at risk, weighted 30%");
        assertThat(churn.lastBy()).isEqualTo("Elena García");

        // Owners are named by the CEO, the CRO or an administrator; the new owner updates, the old one no longer.
        mvc.perform(post(path("/components/churn/owner")).session(vpcsSession).with(csrf()).header("HX-Request", "true")
                        .param("ownerId", String.valueOf(vpcs.personId())).param("version", String.valueOf(churn.version())))
                .andExpect(status().isForbidden());
        mvc.perform(post(path("/components/churn/owner")).session(croSession).with(csrf()).header("HX-Request", "true")
                        .param("ownerId", String.valueOf(cro.personId())).param("version", String.valueOf(churn.version())))
                .andExpect(status().isOk());
        assertThatThrownBy(() -> update(nrr, quarter, NrrComponent.CHURN, 1_000_000, "Mine now?", vpcs))
                .isInstanceOf(AccessDeniedException.class);
        update(nrr, quarter, NrrComponent.CHURN, 1_000_000, "Corvid saved", cro);
        assertThat(nrr.now(quarter, cro).component(NrrComponent.CHURN).ownerName()).isEqualTo("Daniel Okafor");

        // The baseline is finance's.
        mvc.perform(post(path("/baseline")).session(vpcsSession).with(csrf()).header("HX-Request", "true")
                        .param("startingArr", "40M").param("renewalsDue", "9M").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path("/baseline")).session(SignIn.demo(mvc, "cfo")).with(csrf()).header("HX-Request", "true")
                        .param("startingArr", "$40M").param("renewalsDue", "9,500,000")
                        .param("version", String.valueOf(nrr.page(quarter.key(), cfo).quarterVersion())))
                .andExpect(status().isOk());
        assertThat(nrr.now(quarter, cro).renewalsDue()).isEqualByComparingTo("9500000");
    }

    @Test
    void asOfADateShowsWhatWasTrueThenWhateverChangedSince() throws Exception {
        LocalDate day1 = quarter.start().plusDays(10);
        LocalDate day2 = day1.plusWeeks(1);
        long[] ids = new long[2];
        try (var at = clock.at(day1.atTime(12, 0).toInstant(ZoneOffset.UTC))) {
            nrr.setBaseline(quarter, money(10_000_000), money(2_000_000), 0, cfo);
            NrrFixture.owners(nrr, quarter, vpcs, cro);
            update(nrr, quarter, NrrComponent.CHURN, 100_000, "First call", vpcs);
            ids[0] = account(marker + " Alpha", 300_000, Escalation.NONE, vpcs).id();
        }
        try (var at = clock.at(day2.atTime(9, 0).toInstant(ZoneOffset.UTC))) {
            update(nrr, quarter, NrrComponent.CHURN, 150_000, "Alpha escalated", vpcs);
            nrr.setBaseline(quarter, money(11_000_000), money(2_000_000), nrr.page(quarter.key(), cfo).quarterVersion(), cfo);
            AccountView a = accounts.account(ids[0], vpcs);
            accounts.save(a.id(), new AccountSpec(a.account(), a.arr(), a.renewalDate(), Risk.HIGH, a.reason(), a.savePlan(),
                    a.ownerId(), Escalation.CRO), a.version(), cro);
            ids[1] = account(marker + " Beta", 80_000, Escalation.VP_CS, vpcs).id();
        }
        try (var at = clock.at(day2.plusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC))) {
            AccountView a = accounts.account(ids[0], vpcs);
            accounts.close(a.id(), Escalation.CHURNED, a.version(), vpcs);
            update(nrr, quarter, NrrComponent.CHURN, 450_000, "Alpha churned", vpcs);
        }

        NrrSnapshot then = nrr.asOf(quarter, day1);
        assertThat(then.startingArr()).isEqualByComparingTo("10000000");
        assertThat(then.component(NrrComponent.CHURN).forecast()).isEqualByComparingTo("100000");
        assertThat(then.component(NrrComponent.CHURN).lastReason()).isEqualTo("First call");
        assertThat(then.component(NrrComponent.CHURN).ownerName()).isEqualTo("Elena García");
        assertThat(then.forecast().grr()).as("contraction not forecast yet").isNull();
        assertThat(then.accounts()).extracting(AccountView::account, AccountView::escalation, AccountView::risk)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(marker + " Alpha", Escalation.NONE, Risk.MEDIUM));
        assertThat(then.openArr()).isEqualByComparingTo("300000");

        var panelThen = panel.render(day1, cro);
        assertThat(panelThen.fragment()).isEqualTo("nrr/panel :: meeting-panel");
        assertThat(((NrrSnapshot) panelThen.data()).component(NrrComponent.CHURN).forecast()).as("the review meeting of that day")
                .isEqualByComparingTo("100000");
        assertThat(panelThen.summary()).startsWith(quarter.key() + " NRR forecast").endsWith("at risk in 1 account");

        NrrSnapshot week2 = nrr.asOf(quarter, day2);
        assertThat(week2.startingArr()).isEqualByComparingTo("11000000");
        assertThat(week2.component(NrrComponent.CHURN).forecast()).isEqualByComparingTo("150000");
        assertThat(week2.accounts()).extracting(AccountView::account, AccountView::escalation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(marker + " Alpha", Escalation.CRO),
                        org.assertj.core.groups.Tuple.tuple(marker + " Beta", Escalation.VP_CS));

        NrrSnapshot later = nrr.asOf(quarter, day2.plusDays(3));
        assertThat(later.component(NrrComponent.CHURN).forecast()).isEqualByComparingTo("450000");
        assertThat(later.openAccounts()).isEqualTo(1);
        assertThat(later.accounts().get(0).account()).as("open ones first").isEqualTo(marker + " Beta");

        NrrSnapshot before = nrr.asOf(quarter, day1.minusDays(1));
        assertThat(before.startingArr()).isNull();
        assertThat(before.components()).allSatisfy(c -> assertThat(c.forecast()).isNull());
        assertThat(before.accounts()).isEmpty();

        // The page as of that day shows the panel a meeting shows; the board's has no account list.
        mvc.perform(get("/nrr").param("quarter", quarter.key()).param("asOf", day1.toString()).session(SignIn.demo(mvc, "cmo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("as of")))
                .andExpect(content().string(containsString("$100,000")))
                .andExpect(content().string(containsString("First call")))
                .andExpect(content().string(containsString(marker + " Alpha")))
                .andExpect(content().string(containsString("Not escalated")))
                .andExpect(content().string(not(containsString("Alpha escalated"))));
        mvc.perform(get("/nrr").param("quarter", quarter.key()).param("asOf", day2.toString()).session(SignIn.demo(mvc, "board")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("$150,000")))
                .andExpect(content().string(not(containsString(marker + " Alpha"))));

        // Bounded: the same statements whatever the history.
        long early = SqlStatements.countDuring(() -> nrr.asOf(quarter, day1));
        long late = SqlStatements.countDuring(() -> nrr.asOf(quarter, day2.plusDays(3)));
        assertThat(late).isEqualTo(early).isLessThanOrEqualTo(5);
        // The board sees the totals only.
        NrrSnapshot forBoard = later.forViewer(people.principalOf("board"));
        assertThat(forBoard.accounts()).isEmpty();
        assertThat(forBoard.openAccounts()).isEqualTo(1);
    }

    @Test
    void theBoardReadsTheTotalsButNotTheAccountsAndWritesNothing() throws Exception {
        nrr.setBaseline(quarter, money(20_000_000), money(5_000_000), 0, cfo);
        AccountView a = account(marker + " Gamma", 250_000, Escalation.CEO, vpcs);
        MockHttpSession board = SignIn.demo(mvc, "board");

        mvc.perform(get("/nrr").param("quarter", quarter.key()).session(board))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("$20M")))
                .andExpect(content().string(containsString("1 open account renewing this quarter")))
                .andExpect(content().string(containsString("$250K")))
                .andExpect(content().string(not(containsString(marker + " Gamma"))))
                .andExpect(content().string(not(containsString("Update churn"))));
        mvc.perform(get("/nrr/accounts/" + a.id()).session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/nrr/accounts/import").session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/nrr").param("quarter", quarter.key()).session(board))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.startingArr").value(20_000_000.0))
                .andExpect(jsonPath("$.atRisk.openAccounts").value(1))
                .andExpect(jsonPath("$.accounts[0]").doesNotExist());
        mvc.perform(post(path("/baseline")).session(board).with(csrf()).param("startingArr", "1").param("renewalsDue", "1")
                .param("version", "1")).andExpect(status().isForbidden());
        mvc.perform(post("/nrr/accounts/" + a.id() + "/close").session(board).with(csrf()).param("outcome", "SAVED")
                .param("version", String.valueOf(a.version()))).andExpect(status().isForbidden());

        mvc.perform(get("/nrr").param("quarter", quarter.key()).session(SignIn.demo(mvc, "cmo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker + " Gamma")));
        mvc.perform(get("/api/v1/nrr").param("quarter", quarter.key()).header("Authorization", "Bearer cadence-demo-token"))
                .andExpect(jsonPath("$.accounts[0].account").value(marker + " Gamma"))
                .andExpect(jsonPath("$.accounts[0].escalation").value("ceo"));
    }

    @Test
    void twoUpdatesOfOneComponentAtOnceAreOneSaveAndOneStaleRefusal() throws Exception {
        NrrFixture.owners(nrr, quarter, vpcs, cro);
        MockHttpSession one = SignIn.demo(mvc, "vpcs");
        MockHttpSession two = SignIn.demo(mvc, "vpcs");
        long v = version(nrr, quarter, NrrComponent.CHURN, cro);
        List<Race.Outcome> outcomes = Race.requests(mvc, List.of("nrr_component", "nrr_forecast_update"),
                post(path("/components/churn/forecast")).session(one).with(csrf()).header("HX-Request", "true")
                        .param("amount", "500k").param("reason", "From the first tab").param("version", String.valueOf(v)),
                post(path("/components/churn/forecast")).session(two).with(csrf()).header("HX-Request", "true")
                        .param("amount", "600k").param("reason", "From the second tab").param("version", String.valueOf(v)));
        Race.Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        assertThat(refused.body()).contains("Someone changed churn in the meantime");
        ComponentView churn = nrr.now(quarter, cro).component(NrrComponent.CHURN);
        assertThat(refused.body()).contains(churn.lastReason());
        assertThat(nrr.page(quarter.key(), cro).updates()).hasSize(1);
    }

    @Test
    void thePageCostsTheSameStatementsWhateverTheUpdatesQuartersAndAccounts() throws Exception {
        nrr.setBaseline(quarter, money(30_000_000), money(6_000_000), 0, cfo);
        NrrFixture.owners(nrr, quarter, vpcs, cro);
        update(nrr, quarter, NrrComponent.CHURN, 500_000, "First", vpcs);
        account(marker + " Delta", 100_000, Escalation.NONE, vpcs);
        MockHttpSession vpcsSession = SignIn.demo(mvc, "vpcs");
        MockHttpSession board = SignIn.demo(mvc, "board");
        long one = SqlStatements.countDuring(() -> mvc.perform(get("/nrr").param("quarter", quarter.key()).session(vpcsSession))
                .andExpect(status().isOk()));
        long oneBoard = SqlStatements.countDuring(() -> mvc.perform(get("/nrr").param("quarter", quarter.key()).session(board))
                .andExpect(status().isOk()));
        long oneApi = SqlStatements.countDuring(() -> mvc.perform(get("/api/v1/nrr").param("quarter", quarter.key())
                .header("Authorization", "Bearer cadence-demo-token")).andExpect(status().isOk()));

        for (int week = 0; week < 13; week++) {
            update(nrr, quarter, NrrComponent.CHURN, 500_000 + week * 10_000L, "Week " + week, vpcs);
            update(nrr, quarter, NrrComponent.CONTRACTION, 200_000 + week * 5_000L, "Week " + week, vpcs);
            update(nrr, quarter, NrrComponent.EXPANSION, 900_000 - week * 5_000L, "Week " + week, cro);
        }
        for (int i = 0; i < 12; i++) {
            account(marker + " Account " + i, 50_000 + i, Escalation.values()[i % 6], vpcs);
        }
        for (int i = 1; i <= 4; i++) {
            FiscalQuarter other = quarter.plus(i);
            nrr.setBaseline(other, money(30_000_000), money(6_000_000), nrr.page(other.key(), cfo).quarterVersion(), cfo);
        }
        long many = SqlStatements.countDuring(() -> mvc.perform(get("/nrr").param("quarter", quarter.key()).session(vpcsSession))
                .andExpect(status().isOk()));
        long manyBoard = SqlStatements.countDuring(() -> mvc.perform(get("/nrr").param("quarter", quarter.key()).session(board))
                .andExpect(status().isOk()));
        long manyApi = SqlStatements.countDuring(() -> mvc.perform(get("/api/v1/nrr").param("quarter", quarter.key())
                .header("Authorization", "Bearer cadence-demo-token")).andExpect(status().isOk()));
        assertThat(many).as(SqlStatements.during(() -> mvc.perform(get("/nrr").param("quarter", quarter.key()).session(vpcsSession))).toString())
                .isEqualTo(one).isLessThanOrEqualTo(8);
        assertThat(manyBoard).isEqualTo(oneBoard).isLessThanOrEqualTo(8);
        assertThat(manyApi).isEqualTo(oneApi).isLessThanOrEqualTo(8);
    }
}

package dev.cadence.nrr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.support.SignIn;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** At-risk accounts: edited in place, a stale save refused with what changed, closed, their history, the CSV import. */
@CadenceIntegrationTest
class AtRiskIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AtRiskService accounts;
    @Autowired
    NrrService nrr;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;

    CadenceUser vpcs;
    CadenceUser cro;
    FiscalQuarter quarter;
    String marker;

    @BeforeEach
    void setUp() {
        vpcs = people.principalOf("vpcs");
        cro = people.principalOf("cro");
        quarter = NrrFixture.pastQuarter(company);
        marker = "A" + System.nanoTime() % 1_000_000_000L;
    }

    private AccountView add(String name) {
        return accounts.add(new AccountSpec(name, new BigDecimal("310000"), quarter.start().plusDays(30), Risk.HIGH,
                "Champion left", "Exec sponsor call", vpcs.personId(), Escalation.VP_CS), vpcs);
    }

    private MockHttpServletRequestBuilder save(AccountView a, MockHttpSession session, String savePlan, String reason, long version) {
        return post("/nrr/accounts/" + a.id()).session(session).with(csrf()).header("HX-Request", "true")
                .param("account", a.account()).param("arr", "$310k").param("renewalDate", a.renewalDate().toString())
                .param("risk", "HIGH").param("reason", reason).param("savePlan", savePlan)
                .param("ownerId", String.valueOf(vpcs.personId())).param("escalation", "CRO").param("version", String.valueOf(version));
    }

    @Test
    void aRowIsEditedInPlaceAndARefusalStaysBesideItsField() throws Exception {
        AccountView a = add(marker + " Corvid");
        MockHttpSession session = SignIn.demo(mvc, "vpcs");

        mvc.perform(get("/nrr/accounts/" + a.id() + "/edit").session(session).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<tr id=\"account-" + a.id() + "\" class=\"nrr-account-editor\">")))
                .andExpect(content().string(containsString("hx-post=\"/nrr/accounts/" + a.id() + "\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(save(a, session, "CRO call on Tuesday", " ", a.version()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("HX-Retarget", "#account-" + a.id()))
                .andExpect(content().string(containsString("Say why the account is at risk.")))
                .andExpect(content().string(containsString("CRO call on Tuesday")));
        mvc.perform(save(a, session, "CRO call on Tuesday", "Champion left", a.version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<tr id=\"account-" + a.id() + "\"")))
                .andExpect(content().string(containsString("CRO call on Tuesday")))
                .andExpect(content().string(containsString("Escalated to CRO")))
                .andExpect(content().string(containsString("$310,000")));

        // A save over someone else's: refused with what they changed, our text kept, their version taken.
        mvc.perform(save(a, SignIn.demo(mvc, "cro"), "Two-year price lock", "Champion left", a.version()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Elena García changed " + a.account() + " in the meantime")))
                .andExpect(content().string(containsString("save plan “CRO call on Tuesday”")))
                .andExpect(content().string(containsString("Two-year price lock")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (a.version() + 1) + "\"")));

        // Closed as churned, then the account's page has every change.
        mvc.perform(post("/nrr/accounts/" + a.id() + "/close").session(session).with(csrf()).header("HX-Request", "true")
                        .param("outcome", "CHURNED").param("version", String.valueOf(a.version() + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Churned")));
        mvc.perform(get("/nrr/accounts/" + a.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("History")))
                .andExpect(content().string(containsString("Escalated to VP CS")))
                .andExpect(content().string(containsString("Escalated to CRO")))
                .andExpect(content().string(containsString("CRO call on Tuesday")));
        assertThat(accounts.history(a.id(), vpcs)).hasSize(3);
        // The CMO reads but does not edit.
        mvc.perform(get("/nrr/accounts/" + a.id() + "/edit").session(SignIn.demo(mvc, "cmo")).header("HX-Request", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void twoSavesOfOneAccountAtOnceAreOneSaveAndOneStaleRefusal() throws Exception {
        AccountView a = add(marker + " Halcyon");
        List<Race.Outcome> outcomes = Race.requests(mvc, "nrr_at_risk_account",
                save(a, SignIn.demo(mvc, "vpcs"), "Onboarding sprint", "Usage down", a.version()),
                save(a, SignIn.demo(mvc, "cro"), "CEO-to-CEO call", "Usage down", a.version()));
        Race.Outcome refused = Race.oneSavedOneRefused(outcomes, 409);
        assertThat(refused.body()).contains("in the meantime");
    }

    private String csv(String... lines) {
        return String.join("\r\n", List.of("account,arr,renewal_date,risk,reason,save_plan,owner_email,escalation")) + "\r\n"
                + String.join("\r\n", lines) + "\r\n";
    }

    @Test
    void theCsvImportStoresEveryLineOrNoneAndSaysWhatIsWrongByLine() throws Exception {
        String day = quarter.start().plusDays(20).toString();
        MockHttpSession session = SignIn.demo(mvc, "vpcs");
        String bad = csv(
                marker + " One,$120k," + day + ",high,Champion left,Exec call,vpcs@brightline.example,cro",
                marker + " Two,450k," + day + ",extreme,Budget cut,,vpcs@brightline.example,",
                marker + " Three,12%," + day + ",low,Acquired,,nobody@brightline.example,none",
                marker + " One,$1200," + day + ",low,Again,,cro@brightline.example,none");
        mvc.perform(post("/nrr/accounts/import").session(session).with(csrf()).param("csv", bad))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a risk: write high, medium or low.")))
                .andExpect(content().string(containsString("not an amount of dollars")))
                .andExpect(content().string(containsString("Duplicate of line 2")))
                .andExpect(content().string(containsString("3 lines with a problem")));
        mvc.perform(post("/nrr/accounts/import/commit").session(session).with(csrf()).param("csv", bad))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nothing was imported")));
        assertThat(nrr.now(quarter, cro).accounts()).as("none stored").isEmpty();

        String good = csv(
                marker + " One,$120k," + day + ",high,Champion left,Exec call,vpcs@brightline.example,cro",
                marker + " Two,\"450,000\"," + day + ",MEDIUM,Budget cut,,cro,VP CS");
        mvc.perform(post("/nrr/accounts/import/commit").session(session).with(csrf()).param("csv", good))
                .andExpect(redirectedUrl("/nrr"));
        assertThat(nrr.now(quarter, cro).accounts()).extracting(AccountView::account, AccountView::arr, AccountView::escalation, AccountView::ownerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(marker + " Two", new BigDecimal("450000.00"), Escalation.VP_CS, "Daniel Okafor"),
                        org.assertj.core.groups.Tuple.tuple(marker + " One", new BigDecimal("120000.00"), Escalation.CRO, "Elena García"));
        mvc.perform(post("/nrr/accounts/import").session(session).with(csrf()).param("csv", good))
                .andExpect(content().string(containsString("2 lines: 0 new, 0 updated, 2 unchanged")));
        mvc.perform(post("/nrr/accounts/import").session(SignIn.demo(mvc, "cmo")).with(csrf()).param("csv", good))
                .andExpect(status().isForbidden());
    }
}

package dev.cadence.nrr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.support.CadenceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's NRR forecast, read only: owners as the decision-rights map says, weekly updates, actuals, six accounts. */
@CadenceIntegrationTest
class DemoNrrIT {

    @Autowired
    NrrService nrr;
    @Autowired
    PersonService people;

    @Test
    void theDemoQuarterFollowsTheDecisionRightsMapWithWeeklyUpdatesAndSixAtRiskAccounts() {
        CadenceUser cro = people.principalOf("cro");
        FiscalQuarter current = nrr.currentQuarter();
        NrrPage page = nrr.page(current.key(), cro);
        NrrSnapshot s = page.snapshot();
        assertThat(s.startingArr()).isBetween(new java.math.BigDecimal("40000000"), new java.math.BigDecimal("48000000"));
        assertThat(s.component(NrrComponent.CHURN).ownerName()).isEqualTo("Elena García");
        assertThat(s.component(NrrComponent.CONTRACTION).ownerName()).isEqualTo("Elena García");
        assertThat(s.component(NrrComponent.EXPANSION).ownerName()).isEqualTo("Daniel Okafor");
        assertThat(s.components()).allSatisfy(c -> assertThat(c.lastReason()).isNotBlank());
        assertThat(page.updates()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(s.accounts()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(s.accounts()).extracting(AccountView::account).contains("Corvid Logistics", "Halcyon Retail Group",
                "Summit Dental Partners");
        assertThat(s.actual()).as("still open").isNull();

        for (int back = 1; back <= 2; back++) {
            NrrSnapshot closed = nrr.now(current.plus(-back), cro);
            assertThat(closed.actual()).as(current.plus(-back).key()).isNotNull();
            assertThat(closed.actual().nrr()).isNotNull();
            assertThat(closed.forecast().nrr()).isNotNull();
        }

        // Two weeks ago the list and the churn forecast were not what they are today.
        NrrSnapshot earlier = nrr.asOf(current, current.start().plusDays(7));
        assertThat(earlier.accounts()).extracting(AccountView::account).doesNotContain("Halcyon Retail Group");
        assertThat(earlier.component(NrrComponent.CHURN).forecast()).isLessThan(s.component(NrrComponent.CHURN).forecast());
    }
}

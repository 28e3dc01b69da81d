package dev.cadence.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.AsPerson;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The map, an area, the log and a decision cost the same number of SQL statements with the demo's
 * twenty decisions as with two hundred more and dozens of revisions of the area and the decision.
 */
@CadenceIntegrationTest
class DecisionStatementsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    DecisionService decisions;
    @Autowired
    DecisionRightsService rights;
    @Autowired
    PersonService people;
    @Autowired
    Clock clock;

    @Test
    void pagesIssueABoundedNumberOfStatementsWhateverTheHistory() throws Exception {
        CadenceUser ceo = people.principalOf("ceo");
        long cro = people.principalOf("cro").personId();
        long cfo = people.principalOf("cfo").personId();
        long[] ids = new long[2];
        AsPerson.run(ceo, () -> {
            AreaRow area = rights.createArea("Statements area " + System.nanoTime(), null, ceo);
            area = rights.replaceAssignments(area.id(), Map.of(cro, RightRole.DECIDE), area.version(), ceo);
            ids[0] = area.id();
            ids[1] = decisions.record(new DecisionDraft("Statements decision", "c", "o", "p", "d", "r", cro, area.id(),
                    LocalDate.now(clock), null, null, "m", null), ceo).id();
        });
        long areaId = ids[0];
        long decisionId = ids[1];
        MockHttpSession session = SignIn.demo(mvc, "cro");
        String area = "/decision-rights/" + areaId;
        String decision = "/decisions/" + decisionId;
        long mapSmall = count(session, "/decision-rights");
        long areaSmall = count(session, area);
        long logSmall = count(session, "/decisions");
        long decisionSmall = count(session, decision);

        AsPerson.run(ceo, () -> {
            for (int i = 0; i < 200; i++) {
                decisions.record(new DecisionDraft("Bulk decision " + i, "c", null, null, "d", null, cro, areaId,
                        LocalDate.now(clock).minusDays(i % 90), null, null, "m", null), ceo);
            }
            for (int i = 0; i < 15; i++) {
                AreaRow row = rights.row(areaId);
                row = rights.setCell(areaId, cfo, i % 2 == 0 ? RightRole.CONSULT : RightRole.INFORM, row.version(), false, ceo);
                row = rights.lock(areaId, row.version(), ceo);
                rights.reopen(areaId, "Round " + i, row.version(), ceo);
                DecisionView d = decisions.get(decisionId);
                decisions.update(decisionId, new DecisionDraft("Statements decision", "c" + i, "o", "p", "d", "r", cro, areaId,
                        LocalDate.now(clock), null, null, "m", null), true, d.version(), ceo);
                decisions.reopen(decisionId, "Round " + i, decisions.get(decisionId).version(), ceo);
            }
        });
        assertThat(rights.page(areaId, ceo).history()).hasSizeGreaterThan(40);
        assertThat(decisions.list(DecisionFilter.none())).hasSizeGreaterThanOrEqualTo(220);

        assertThat(count(session, "/decision-rights")).isEqualTo(mapSmall).isLessThanOrEqualTo(10);
        assertThat(count(session, area)).isEqualTo(areaSmall).isLessThanOrEqualTo(14);
        assertThat(count(session, "/decisions")).isEqualTo(logSmall).isLessThanOrEqualTo(8);
        assertThat(count(session, decision)).isEqualTo(decisionSmall).isLessThanOrEqualTo(12);
    }

    private long count(MockHttpSession session, String url) throws Exception {
        return SqlStatements.countDuring(() -> mvc.perform(get(url).session(session)).andExpect(status().isOk()));
    }
}

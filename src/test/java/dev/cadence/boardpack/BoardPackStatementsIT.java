package dev.cadence.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A pack's page reads a fixed number of statements: a draft, whatever it holds and however much the artifacts hold
 * (the demo company's quarter, full of data, costs what an empty one costs, at most), and a final version only its
 * own rows.
 */
@CadenceIntegrationTest
class BoardPackStatementsIT {

    /** What a draft's page may cost: every feature's bounded read for the quarter, called a fixed number of times. */
    static final int DRAFT_BUDGET = 75;
    static final int FINAL_BUDGET = 12;

    @Autowired
    MockMvc mvc;
    @Autowired
    BoardPackService packs;
    @Autowired
    PersonService people;

    @Test
    void aDraftCostsTheSameWhateverItHoldsAndAFinalVersionOnlyItsOwnRows() throws Exception {
        String q = PackQuarters.fresh();
        CadenceUser ceo = people.principalOf("ceo");
        MockHttpSession session = SignIn.demo(mvc, "ceo");
        packs.saveCommentary(q, 1, PackSection.SUMMARY, "The headline.", null, ceo);
        count(session, "/board-packs/" + q); // the first read of the session fills what is cached for every page
        long one = count(session, "/board-packs/" + q);

        for (PackSection s : PackSection.values()) {
            if (s != PackSection.SUMMARY) {
                packs.saveCommentary(q, 1, s, "Commentary on " + s.title() + ".", null, ceo);
            }
        }
        assertThat(count(session, "/board-packs/" + q)).as("a draft with every section's commentary").isEqualTo(one)
                .isLessThanOrEqualTo(DRAFT_BUDGET);

        String current = packs.currentQuarter().key();
        assertThat(count(session, "/board-packs/" + current)).as("the demo company's quarter in progress")
                .isLessThanOrEqualTo(DRAFT_BUDGET);

        packs.finalizePack(q, 1, packs.page(q, 1, ceo).packVersion(), ceo);
        assertThat(count(session, "/board-packs/" + q)).as("a final version").isLessThanOrEqualTo(FINAL_BUDGET);
        assertThat(count(session, "/board-packs")).as("the list").isLessThanOrEqualTo(FINAL_BUDGET);
    }

    private long count(MockHttpSession session, String url) throws Exception {
        return SqlStatements.countDuring(() -> mvc.perform(get(url).session(session)).andExpect(status().isOk()));
    }
}

package dev.cadence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.web.RenderedFragments;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pipeline's pages keep what they rendered (fragments/cached) for as long as the pipeline stays the same, and show
 * any change at once, however it was made: a repeated view renders nothing again, a deal changed behind the
 * application's back shows on the next view.
 */
@CadenceIntegrationTest
class KeptPipelinePagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    RenderedFragments fragments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRepeatedViewRendersNothingAgainAndAChangedDealShowsAtOnce() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        // The demo's largest open deal in its latest snapshot: on /pipeline and on its own page.
        Map<String, Object> deal = jdbc.queryForMap("""
                select d.snapshot_id, d.deal_id, d.name from pipeline_deal d
                where d.snapshot_id = (select id from pipeline_snapshot order by as_of desc limit 1) and d.outcome = 'OPEN'
                order by d.amount desc, d.deal_id limit 1""");
        String dealPage = "/pipeline/deals/" + deal.get("deal_id");
        String[] pages = {"/pipeline", "/pipeline/flow", dealPage};
        assertThat(view(cro, "/pipeline")).contains(html((String) deal.get("name")));
        assertThat(view(cro, dealPage)).contains(html((String) deal.get("name")));
        assertThat(view(cro, "/pipeline/flow")).contains("The quarter's pipeline, start to end");
        long rendered = fragments.renders();
        for (String page : pages) {
            view(cro, page);
        }
        assertThat(view(SignIn.demo(mvc, "cfo"), "/pipeline")).contains(html((String) deal.get("name")));
        assertThat(fragments.renders()).as("the same pages again, for anyone: from memory").isEqualTo(rendered);

        String renamed = deal.get("name") + " (renamed in the CRM)";
        jdbc.update("update pipeline_deal set name = ? where snapshot_id = ? and deal_id = ?", renamed, deal.get("snapshot_id"), deal.get("deal_id"));
        try {
            assertThat(view(cro, "/pipeline")).contains(html(renamed));
            assertThat(view(cro, dealPage)).contains(html(renamed));
        } finally {
            jdbc.update("update pipeline_deal set name = ? where snapshot_id = ? and deal_id = ?", deal.get("name"), deal.get("snapshot_id"),
                    deal.get("deal_id"));
        }
        assertThat(view(cro, "/pipeline")).contains(html((String) deal.get("name"))).doesNotContain(html(renamed));
    }

    private String view(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String html(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}

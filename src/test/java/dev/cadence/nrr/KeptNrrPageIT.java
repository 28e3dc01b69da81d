package dev.cadence.nrr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.web.RenderedFragments;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * /nrr keeps its chart and its forecast updates rendered (fragments/cached) while they stay the same, for every
 * reader, and shows a changed update at once, however it was changed.
 */
@CadenceIntegrationTest
class KeptNrrPageIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    RenderedFragments fragments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRepeatedViewRendersNothingAgainAndAChangedUpdateShowsAtOnce() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        MockHttpSession board = SignIn.demo(mvc, "board");
        // The latest forecast update of the quarter the page shows (other tests write updates in other quarters).
        Matcher shown = Pattern.compile("/nrr/(FY\\d{4}-Q\\d)/").matcher(view(cro));
        assertThat(shown.find()).as("the page names its quarter in its forms").isTrue();
        Map<String, Object> update = jdbc.queryForMap("""
                select u.id, u.reason from nrr_forecast_update u
                join nrr_component c on c.id = u.component_id join nrr_quarter q on q.id = c.quarter_id
                where q.quarter_key = ? order by u.entered_at desc, u.id desc limit 1""", shown.group(1));
        String reason = (String) update.get("reason");
        assertThat(view(cro)).contains(HtmlUtils.htmlEscape(reason, "UTF-8"));
        view(board); // the board's own navigation (kept by page and access) is drawn once
        long rendered = fragments.renders();
        view(cro);
        assertThat(view(board)).contains(HtmlUtils.htmlEscape(reason, "UTF-8"));
        assertThat(fragments.renders()).as("the same chart and updates: from memory").isEqualTo(rendered);

        String rewritten = reason + " (rewritten in SQL)";
        jdbc.update("update nrr_forecast_update set reason = ? where id = ?", rewritten, update.get("id"));
        try {
            assertThat(view(board)).contains(HtmlUtils.htmlEscape(rewritten, "UTF-8"));
        } finally {
            jdbc.update("update nrr_forecast_update set reason = ? where id = ?", reason, update.get("id"));
        }
        assertThat(view(cro)).doesNotContain(HtmlUtils.htmlEscape(rewritten, "UTF-8"));
    }

    private String view(MockHttpSession session) throws Exception {
        return mvc.perform(get("/nrr").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}

package dev.cadence.forecast;

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
 * /forecast keeps its figures, chart and reasons rendered (fragments/cached) while they stay the same, for every
 * reader, and shows a changed call at once, however it was changed.
 */
@CadenceIntegrationTest
class KeptForecastPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    RenderedFragments fragments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRepeatedViewRendersNothingAgainAndAChangedReasonShowsAtOnce() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        MockHttpSession board = SignIn.demo(mvc, "board");
        // The latest call that moved with a reason in the quarter the page shows (other tests call other quarters).
        Matcher shown = Pattern.compile("/forecast/targets\\?quarter=(FY\\d{4}-Q\\d)").matcher(view(cro));
        assertThat(shown.find()).as("the page links its quarter's targets").isTrue();
        Map<String, Object> call = jdbc.queryForMap("""
                select id, reason from forecast_call where reason is not null and quarter_key = ?
                order by week desc, id desc limit 1""", shown.group(1));
        String reason = (String) call.get("reason");
        assertThat(view(cro)).contains(HtmlUtils.htmlEscape(reason, "UTF-8"));
        view(board); // the board's own navigation (kept by page and access) is drawn once
        long rendered = fragments.renders();
        view(cro);
        assertThat(view(board)).contains(HtmlUtils.htmlEscape(reason, "UTF-8"));
        assertThat(fragments.renders()).as("the same figures, chart and reasons: from memory").isEqualTo(rendered);

        String rewritten = reason + " (rewritten in SQL)";
        jdbc.update("update forecast_call set reason = ? where id = ?", rewritten, call.get("id"));
        try {
            assertThat(view(board)).contains(HtmlUtils.htmlEscape(rewritten, "UTF-8"));
        } finally {
            jdbc.update("update forecast_call set reason = ? where id = ?", reason, call.get("id"));
        }
        assertThat(view(cro)).doesNotContain(HtmlUtils.htmlEscape(rewritten, "UTF-8"));
    }

    private String view(MockHttpSession session) throws Exception {
        return mvc.perform(get("/forecast").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}

package dev.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import dev.cadence.support.BrowserTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main pages, as a leader and as the board, at a laptop's width and a phone's: no WCAG 2.1 A or AA violation that
 * axe-core finds, no horizontal scrolling at 390 px, and (as in every browser test) nothing in the console.
 */
class AccessibilityIT extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMainPagesPassAxeAtLaptopAndPhoneWidthsForALeader() {
        check("ceo", leaderPages());
    }

    @Test
    void theBoardsPagesPassAxeAtLaptopAndPhoneWidths() {
        check("board", List.of("/", "/scorecard", "/decisions", "/forecast", "/nrr", "/account"));
    }

    /**
     * The forms as RevOps meets them: a new metric refused with every error shown (summary, fieldsets, hints), the
     * import's upload form, and a decision's page with its Reopen disclosed.
     */
    @Test
    void revOpsFormsPassAxeWithTheirErrorsShownAtLaptopAndPhoneWidths() {
        Map<String, String> problems = new LinkedHashMap<>();
        Long decision = jdbc.queryForObject("select min(id) from decision where status = 'DECIDED'", Long.class);
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            Page page = signInAt("revops", size[0], size[1]);
            page.navigate(url("/metrics/new"));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Define metric")).click();
            page.locator(".error-summary").waitFor();
            analyse(page, "/metrics/new refused at " + size[0] + " px", problems);
            page.navigate(url("/scorecard/import"));
            analyse(page, "/scorecard/import at " + size[0] + " px", problems);
            page.navigate(url("/decisions/" + decision));
            page.locator("details.reopen-disclosure summary").click();
            analyse(page, "/decisions/" + decision + " with Reopen open at " + size[0] + " px", problems);
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    private void analyse(Page page, String where, Map<String, String> problems) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        for (Rule rule : results.getViolations()) {
            problems.put(where + " " + rule.getId(), rule.getHelp() + " — " + rule.getNodes().size() + "× e.g. "
                    + rule.getNodes().get(0).getTarget() + " " + rule.getNodes().get(0).getFailureSummary());
        }
        if (page.viewportSize().width == 390) {
            Object wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            if (((Number) wide).intValue() > 1) {
                problems.put(where + " width", "scrolls sideways by " + wide + " px");
            }
        }
    }

    private List<String> leaderPages() {
        List<String> pages = new ArrayList<>(List.of("/", "/scorecard", "/decisions", "/drivers", "/experiments",
                "/charter", "/meetings", "/decision-rights", "/forecast", "/forecast/accuracy", "/nrr", "/pipeline", "/pipeline/flow", "/account"));
        // The demo's next meeting of each kind, as its participants open it.
        for (String kind : List.of("ONE_ON_ONE", "FORECAST_REVIEW", "GTM_COUNCIL")) {
            jdbc.query("""
                    select m.id from meeting m join meeting_series s on s.id = m.series_id
                    where s.kind = ? and m.status = 'PREP' order by m.scheduled_at limit 1""",
                    rs -> {
                        pages.add("/meetings/" + rs.getLong(1));
                    }, kind);
        }
        jdbc.query("select min(id) from driver_tree", rs -> {
            pages.add("/drivers/" + rs.getLong(1));
        });
        jdbc.query("select min(id) from experiment", rs -> {
            pages.add("/experiments/" + rs.getLong(1));
        });
        return pages;
    }

    private void check(String who, List<String> paths) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            Page page = signInAt(who, size[0], size[1]);
            for (String path : paths) {
                page.navigate(url(path));
                String where = path + " at " + size[0] + " px";
                AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
                for (Rule rule : results.getViolations()) {
                    problems.put(where + " " + rule.getId(), rule.getHelp() + " — " + rule.getNodes().size() + "× e.g. "
                            + rule.getNodes().get(0).getTarget() + " " + rule.getNodes().get(0).getFailureSummary());
                }
                if (size[0] == 390) {
                    Object wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                    if (((Number) wide).intValue() > 1) {
                        problems.put(where + " width", "scrolls sideways by " + wide + " px");
                    }
                }
            }
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    private Page signInAt(String who, int width, int height) {
        Page page = newPage(width, height);
        page.navigate(url("/login"));
        page.getByLabel("Username or e-mail").fill(who);
        page.getByLabel("Password").fill("demo");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/"));
        return page;
    }
}

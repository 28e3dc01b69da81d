package dev.cadence.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: Playwright for Java driving Debian's Chromium (never a downloaded
 * browser) against Cadence on its random port. A failing journey leaves a screenshot in
 * {@code target/browser-failures/}.
 */
@CadenceIntegrationTest
public abstract class BrowserTest {

    private static final String CHROMIUM = System.getProperty("chromium.path", "/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;
    /*
     * What a browser logs as an error without anything being wrong: a refused action's 4xx answer (shown beside its
     * control), and htmx's word on a live poll cut short by leaving the page (sendAbort, with its afterRequest) or
     * answered after the page became the recap (its out-of-band sections gone). Anything else fails the test.
     */
    private static final java.util.regex.Pattern EXPECTED_ERRORS = java.util.regex.Pattern.compile(
            "Failed to load resource: the server responded with a status of 4\\d\\d|htmx:sendAbort|htmx:afterRequest|htmx:oobErrorNoTarget");

    private final List<BrowserContext> contexts = new ArrayList<>();
    // What the browser logged as an error, on any page of the test (a refusal's 4xx response excepted: see below).
    private final List<String> consoleErrors = new ArrayList<>();

    @LocalServerPort
    protected int port;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            saveScreenshots(context.getDisplayName());
            closeContexts();
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            closeContexts();
        }
    };

    @BeforeAll
    static void launchBrowser() {
        // Ten seconds, not five, for what the page shows to settle: the suite shares two cores with the server under test.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh browser profile (its own cookies), as a second person on another laptop would have. */
    protected Page newPage() {
        return newPage(1280, 900);
    }

    /** A fresh browser profile with a window of that size (390 × 844: a phone). */
    protected Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !EXPECTED_ERRORS.matcher(message.text()).lookingAt()) {
                consoleErrors.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add(page.url() + ": uncaught " + error));
        return page;
    }

    /** Every journey ends with a clean console: no script error, no blocked inline style, no failed request but a refusal's. */
    @AfterEach
    void noConsoleErrors() {
        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("errors in the browser's console").isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Signs in through the sign-in page and returns once Home has loaded, so the session cookie is
     * set before the caller navigates anywhere; fails when the sign-in does not lead to Home.
     */
    protected Page signIn(String username, String password) {
        Page page = submitSignIn(username, password);
        if (!page.url().equals(url("/"))) {
            throw new AssertionError(username + " signed in but landed on " + page.url() + " instead of Home");
        }
        // A leader's Home says "This week, …"; the board's, how the company is doing.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(java.util.regex.Pattern.compile("This week|is doing"));
        return page;
    }

    /**
     * Fills in and sends the sign-in form, and returns once its answer has loaded: Home, or the
     * sign-in page again with its message.
     */
    protected Page submitSignIn(String username, String password) {
        Page page = newPage();
        page.navigate(url("/login"));
        page.getByLabel("Username or e-mail").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(answered -> !answered.equals(url("/login")));
        return page;
    }

    private void saveScreenshots(String name) {
        try {
            Path dir = Paths.get("target", "browser-failures");
            Files.createDirectories(dir);
            int i = 0;
            for (BrowserContext context : contexts) {
                for (Page page : context.pages()) {
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "_") + "-" + (i++) + ".png")));
                }
            }
        } catch (Exception e) {
            System.err.println("Could not save a failure screenshot: " + e.getMessage());
        }
    }

    private void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }
}

package org.safeshare.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's Chromium (headless, no network beyond localhost) against the running service.
 * Every page visited through {@link #checkAccessible} must have zero axe violations against WCAG 2.2 AA.
 */
@SafeshareTest
public abstract class BrowserTest {

    private static final String CHROMIUM = System.getenv().getOrDefault("SAFESHARE_CHROMIUM", "/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort protected int port;
    protected BrowserContext context;
    protected Page page;
    protected final List<String> cspViolations = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext();
        page = context.newPage();
        watchForCspViolations(page);
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(cspViolations).as("Content Security Policy violations").isEmpty();
    }

    protected BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port).setLocale("en-GB")
                .setTimezoneId("Europe/London"));
    }

    protected void watchForCspViolations(Page target) {
        target.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
    }

    protected void signIn(Page target, String email) {
        target.navigate("/sign-in");
        target.getByLabel("Email address").fill(email);
        target.getByLabel("Password").fill("Safeshare-demo-2026");
        target.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Continue")).click();
    }

    /** Searches as a user does: the terms are posted, and the results page's address holds only a search id. */
    protected void findPerson(Page target, String terms) {
        target.navigate("/people");
        target.getByLabel("Name, NHS number or date of birth").fill(terms);
        target.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(target.url()).contains("/people?search=");
        for (String word : terms.split(" ")) {
            assertThat(target.url()).doesNotContainIgnoringCase(word);
        }
    }

    /** Runs axe on the page as it is now and fails with every violation listed. */
    protected void checkAccessible(Page target) {
        AxeResults results = new AxeBuilder(target)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe violations on " + target.url() + ":\n" + describe(violations)).isEmpty();
    }

    protected void checkAccessible() {
        checkAccessible(page);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}

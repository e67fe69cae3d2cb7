package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.AccountChange;
import org.safeshare.accounts.Accounts;
import org.safeshare.accounts.setup.AccountsSetUp;
import org.safeshare.accounts.NewUser;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.platform.security.Role;
import org.safeshare.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Sessions in a real browser: the idle warning, signing out everywhere, and the authenticator app. */
class SessionBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired Accounts accounts;

    @Autowired AccountsSetUp setUp;
    @Autowired UserRepository users;

    private String newPractitioner() {
        var oakfield = users.findByEmail("dsl@oakfield-primary.example").orElseThrow().organisationId();
        String email = "browser-" + UUID.randomUUID() + "@oakfield-primary.example";
        AccountChange change = setUp.user(oakfield, new NewUser(email, "Browser User", Set.of(Role.PRACTITIONER), PASSWORD));
        org.assertj.core.api.Assertions.assertThat(change).isInstanceOf(AccountChange.Done.class);
        return email;
    }

    private void signInWithPassword(Page target, String email) {
        target.navigate("/sign-in");
        target.getByLabel("Email address").fill(email);
        target.getByLabel("Password").fill(PASSWORD);
        target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }

    private static String code(String secret, long step) {
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theIdleWarningAppearsBeforeTimeoutAndStayingSignedInKeepsTheSession() {
        page.clock().install();
        signIn(page, "teacher@oakfield-primary.example");
        assertThat(page.locator("#session-timeout-dialog")).not().isVisible();
        // The warning's timer is set by a module script, which has run once the page's load event has fired.
        page.waitForLoadState(LoadState.LOAD);
        page.clock().runFor(18 * 60 * 1000 + 1000);
        assertThat(page.locator("#session-timeout-dialog")).isVisible();
        assertThat(page.locator("#session-timeout-dialog")).containsText("You are about to be signed out");
        checkAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in")).click();
        assertThat(page.locator("#session-timeout-dialog")).not().isVisible();
        page.reload();
        assertThat(page.locator(".safeshare-signed-in-as")).containsText("Tom Price");
    }

    @Test
    void signingOutEverywhereEndsTheSessionsInOtherBrowsers() {
        String email = newPractitioner();
        signInWithPassword(page, email);
        BrowserContext other = newContext();
        Page otherPage = other.newPage();
        watchForCspViolations(otherPage);
        signInWithPassword(otherPage, email);
        assertThat(otherPage.locator(".safeshare-signed-in-as")).containsText("Browser User");

        page.navigate("/account");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out everywhere")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("You have signed out");
        checkAccessible();

        otherPage.navigate("/account");
        assertThat(otherPage).hasURL(java.util.regex.Pattern.compile(".*/sign-in$"));
        other.close();
    }

    @Test
    void aUserSetsUpAnAuthenticatorAndThenNeedsItsCodeToSignIn() {
        String email = newPractitioner();
        signInWithPassword(page, email);
        page.navigate("/account");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up an authenticator app")).click();
        assertThat(page.locator("img.safeshare-qr")).isVisible();
        checkAccessible();

        String secret = page.locator("#setup-key").textContent().replace(" ", "");
        long step = Instant.now().getEpochSecond() / 30;
        page.getByLabel("Code from your authenticator app").fill("123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        checkAccessible();
        page.getByLabel("Code from your authenticator app").fill(code(secret, step));
        // Changing how one signs in from a signed-in session needs the password too (issue 9 item 3).
        page.getByLabel("Your password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your authenticator app is set up");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
        signInWithPassword(page, email);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Enter the code");
        checkAccessible();
        // The enrolment used this time step; the next step is within the allowed drift and not yet used.
        page.getByLabel("Enter the code from your authenticator app").fill(code(secret, step + 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".safeshare-signed-in-as")).containsText("Browser User");
    }
}

package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.safeshare.support.BrowserTest;

/** Sign-in and the main pages of the shell, in Chromium, each checked with axe. */
class ShellBrowserTest extends BrowserTest {

    @Test
    void theSignInPageAndItsErrorAreAccessible() {
        page.navigate("/sign-in");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to Safeshare"))).isVisible();
        assertThat(page.locator(".govuk-phase-banner")).containsText("demonstration");
        checkAccessible();

        page.getByLabel("Email address").fill("dsl@oakfield-primary.example");
        page.getByLabel("Password").fill("wrong password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct email address and password");
        assertThat(page).hasTitle("Error: Sign in - Safeshare");
        checkAccessible();
    }

    @Test
    void aDslSignsInAndSeesTheirHomePageAndThePartnershipDirectory() {
        signIn(page, "dsl@oakfield-primary.example");
        assertThat(page.locator(".govuk-header")).containsText("Riverside Safeguarding Children Partnership");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Designated safeguarding lead"))).isVisible();
        assertThat(page.locator(".safeshare-signed-in-as")).containsText("Oakfield Primary School");
        checkAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisations").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Organisations in");
        checkAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Riverside MASH")).click();
        assertThat(page.locator("main")).containsText("mash@riverside-council.example");
        checkAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your account")).click();
        assertThat(page.locator("main")).containsText("Designated safeguarding lead");
        checkAccessible();

        page.navigate("/no-such-page");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
        checkAccessible();
    }

    @Test
    void anOrganisationAdministratorManagesUsersAccessibly() {
        signIn(page, "admin@oakfield-primary.example");
        checkAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
        assertThat(page.locator("table")).containsText("teacher@oakfield-primary.example");
        checkAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a user")).or(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a user"))).first().click();
        checkAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter an email address");
        checkAccessible();

        page.getByLabel("Full name").fill("Browser Teacher");
        page.getByLabel("Email address").fill("browser.teacher." + System.nanoTime() + "@oakfield-primary.example");
        page.getByLabel("Practitioner").check();
        page.getByLabel("Initial password").fill("a long enough password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("User added");
        checkAccessible();

        page.navigate("/organisation/users/00000000-0000-0000-0000-000000000000");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
    }

    @Test
    void aPractitionerIsRefusedTheAdministrationPagesWithAnAccessiblePage() {
        signIn(page, "teacher@oakfield-primary.example");
        page.navigate("/organisation/users");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You do not have access to this page"))).isVisible();
        checkAccessible();
    }

    @Test
    void aPartnershipAdministratorSeesTheGuidanceVersionPageAccessibly() {
        signIn(page, "partnership.admin@riverside-csc.example");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Information sharing advice followed")).click();
        assertThat(page.getByLabel("Information sharing advice for safeguarding practitioners, 2024 (DfE)")).isChecked();
        checkAccessible();
    }
}

package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.support.BrowserTest;

/**
 * The pages added for multi-agency exchange, walked as the partnership administrator (also Riverside Children's
 * Social Care's organisation administrator): the directory with contact points, teams, information sharing agreements
 * with their error and check-answers pages, sharing outside agreements, and notifications not sent. Each passes axe.
 */
class ExchangeAdministrationBrowserTest extends BrowserTest {

    @Test
    void thePartnershipAdministratorsNewPagesPassAxe() {
        signIn(page, "partnership.admin@riverside-csc.example");
        page.navigate("/organisations");
        assertThat(page.locator("table")).containsText("MASH duty line");
        checkAccessible();

        String team = "Front door " + UUID.randomUUID().toString().substring(0, 6);
        page.navigate("/organisation/teams");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add team")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the team's name");
        checkAccessible();
        page.getByLabel("Team name").fill(team);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add team")).click();
        assertThat(page.locator("h1")).hasText(team);
        page.getByLabel("Add a member").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Kemi Bello"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to team")).click();
        assertThat(page.locator(".govuk-summary-list")).containsText("Kemi Bello");
        checkAccessible();

        page.navigate("/organisations");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Riverside Children's Social Care")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams in this organisation")).click();
        assertThat(page.locator("main")).containsText(team);
        checkAccessible();

        page.navigate("/agreements");
        checkAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an agreement")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the agreement's title");
        checkAccessible();
        String title = "Early help charter " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Title of the agreement").fill(title);
        page.getByLabel("Riverside Early Help", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Riverside Health Visiting Service", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Early help", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("What information is shared?").fill("Family circumstances\nHealth visiting contacts");
        page.getByLabel("Public task (UK GDPR Article 6(1)(e))").check();
        page.locator("#startsOnDay").fill("1");
        page.locator("#startsOnMonth").fill("4");
        page.locator("#startsOnYear").fill("2026");
        page.locator("#reviewOnDay").fill("1");
        page.locator("#reviewOnMonth").fill("4");
        page.locator("#reviewOnYear").fill("2027");
        page.getByLabel("Reference of the data protection impact assessment").fill("DPIA-EH-1");
        page.getByLabel("Who signed it?").fill("E Help, Head of early help, Riverside Early Help");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator("h1")).hasText("Check the agreement before recording it");
        checkAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the agreement")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The agreement is recorded");
        assertThat(page.locator("h1")).hasText(title);
        checkAccessible();

        page.navigate("/agreements/outside");
        checkAccessible();
        page.navigate("/partnership/notifications/failed");
        assertThat(page.locator("h1")).hasText("Notifications not sent");
        checkAccessible();
    }
}

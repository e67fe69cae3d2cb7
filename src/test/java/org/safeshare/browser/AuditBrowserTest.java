package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.safeshare.support.BrowserTest;

/**
 * The "done when": a demo auditor sees who viewed a child's record; the DSL's view of it; the partnership's set-up
 * in the auditor's search; every page passes axe.
 */
class AuditBrowserTest extends BrowserTest {

    @Test
    void aDslViewsAChildAndTheAuditorSeesWhoViewedIt() {
        signIn(page, "dsl@oakfield-primary.example");
        findPerson(page, "Ava");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ava Thompson")).first().click();
        String personId = page.url().substring(page.url().lastIndexOf('/') + 1);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Who has viewed or changed this record")).click();
        assertThat(page.locator("main")).containsText("Viewed a person's record");
        checkAccessible();

        var auditor = newContext();
        Page auditorPage = auditor.newPage();
        watchForCspViolations(auditorPage);
        signIn(auditorPage, "auditor@riverside-csc.example");
        auditorPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search the audit trail")).click();
        checkAccessible(auditorPage);
        auditorPage.getByLabel("Person id (optional)").fill(personId);
        auditorPage.getByLabel("Action (optional)").selectOption("PERSON_VIEWED");
        auditorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(auditorPage.locator("main")).containsText("Oakfield Primary School");
        assertThat(auditorPage.locator("main")).containsText("Viewed a person's record");
        checkAccessible(auditorPage);
        // What set-up made for the partnership (the demo's users) is in the auditor's search, done by the deployment.
        auditorPage.getByLabel("Person id (optional)").fill("");
        auditorPage.getByLabel("Action (optional)").selectOption("USER_SET_UP");
        auditorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(auditorPage.locator("main")).containsText("By set-up (the deployment, no person)");
        assertThat(auditorPage.locator("main")).containsText("Oakfield Primary School");
        checkAccessible(auditorPage);
        auditorPage.getByLabel("From date (optional)").fill("yesterday");
        auditorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(auditorPage.locator(".govuk-error-summary")).isVisible();
        checkAccessible(auditorPage);
        auditorPage.navigate("/audit/people/" + personId);
        assertThat(auditorPage.locator("main")).containsText("Viewed a person's record");
        checkAccessible(auditorPage);
        auditor.close();
    }
}

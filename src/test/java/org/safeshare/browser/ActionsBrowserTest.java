package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeshare.actions.ActionsBrowserFixture;
import org.safeshare.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12's actions in a browser: the teacher adds an action on a decision for the health visitor, who records it done;
 * the health visiting DSL sees the demo's overdue action escalated to her; the partnership's dashboard. Axe on every page.
 */
class ActionsBrowserTest extends BrowserTest {

    @Autowired ActionsBrowserFixture fixture;

    private void click(Page target, AriaRole role, String name) {
        target.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void theTeacherGivesTheHealthVisitorAnActionSheRecordsItDoneAndTheDslSeesWhatIsOverdue() {
        String decision = fixture.oakfieldDecision();
        signIn(page, "teacher@oakfield-primary.example");
        page.navigate("/decisions/" + decision);
        click(page, AriaRole.LINK, "Add an action");
        assertThat(page.locator("h1")).hasText("Add an action");
        checkAccessible();
        click(page, AriaRole.BUTTON, "Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose who owns the action from the directory");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date the action is due");
        checkAccessible();
        page.locator("#owner").selectOption(fixture.healthVisitorOwner());
        page.getByLabel("What is to be done").fill("Check the baby's weight at the next clinic");
        page.getByLabel("What done means").fill("The weight is recorded and any concern referred to the MASH");
        LocalDate due = LocalDate.now().plusDays(7);
        page.locator("#dueOn").fill(String.valueOf(due.getDayOfMonth()));
        page.locator("#dueOnMonth").fill(String.valueOf(due.getMonthValue()));
        page.locator("#dueOnYear").fill(String.valueOf(due.getYear()));
        click(page, AriaRole.BUTTON, "Continue");
        assertThat(page.locator("h1")).hasText("Check the action before setting it");
        checkAccessible();
        click(page, AriaRole.BUTTON, "Set the action");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The action is set");
        checkAccessible();

        BrowserContext visitorContext = newContext();
        Page visitor = visitorContext.newPage();
        watchForCspViolations(visitor);
        signIn(visitor, "health.visitor@riverside-health.example");
        assertThat(visitor.locator("main")).containsText("Your actions");
        checkAccessible(visitor);
        // The home page shows the few due soonest (other test classes give her actions too); her list has them all.
        visitor.navigate("/actions");
        checkAccessible(visitor);
        click(visitor, AriaRole.LINK, "Check the baby's weight at the next clinic");
        checkAccessible(visitor);
        click(visitor, AriaRole.BUTTON, "Record the outcome");
        click(visitor, AriaRole.BUTTON, "Record the outcome");
        assertThat(visitor.locator(".govuk-error-summary")).containsText("Choose whether the action was done");
        checkAccessible(visitor);
        visitor.getByLabel("Done", new Page.GetByLabelOptions().setExact(true)).check();
        visitor.getByLabel("What was done, or why it was not done").fill("Weighed at clinic on Tuesday: on the expected centile");
        click(visitor, AriaRole.BUTTON, "Record the outcome");
        assertThat(visitor.locator("main")).containsText("Weighed at clinic on Tuesday");
        checkAccessible(visitor);
        visitor.navigate("/actions");
        checkAccessible(visitor);
        visitorContext.close();

        BrowserContext leadContext = newContext();
        Page lead = leadContext.newPage();
        watchForCspViolations(lead);
        signIn(lead, "safeguarding.lead@riverside-health.example");
        assertThat(lead.locator(".govuk-warning-text")).containsText("escalated to you");
        checkAccessible(lead);
        click(lead, AriaRole.LINK, "Visit the family at home within the week and check on the baby's care");
        assertThat(lead.locator("main")).containsText("Overdue");
        assertThat(lead.locator("main")).containsText("designated safeguarding lead");
        checkAccessible(lead);
        leadContext.close();
    }

    @Test
    void thePartnershipAdministratorSeesOverdueActionsByOrganisationAsAChartAndATable() {
        signIn(page, "partnership.admin@riverside-csc.example");
        click(page, AriaRole.LINK, "Actions across the partnership");
        assertThat(page.locator("svg[role=img]").first()).isVisible();
        assertThat(page.locator("table").first()).containsText("Riverside Health Visiting Service");
        checkAccessible();
    }
}

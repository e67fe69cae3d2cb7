package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The MASH officer asks who else knows Kayden, reviews the borderline academy record and sees Kayden's linked records; the
 * partnership administrator sets the thresholds; every page passes axe.
 */
class HoldersBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theMashOfficerFindsTheHoldersAndReviewsTheBorderlinePair() {
        UUID kayden = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Riverside MASH' and p.given_name = 'Kayden'").query(UUID.class).single();
        signIn(page, "mash.officer@riverside-mash.example");
        page.navigate("/people/" + kayden);
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Find who else holds a record")).click();
        checkAccessible();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Find who holds a record")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select why you need to know");
        checkAccessible();
        page.getByLabel("Deciding what to do about a referral to the multi-agency safeguarding hub").check();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Find who holds a record")).click();
        assertThat(page.locator("table")).containsText("Oakfield Primary School");
        assertThat(page.locator("table")).containsText("Brook Lane Surgery");
        assertThat(page.locator("table")).containsText("Riverside Police Public Protection Unit");
        checkAccessible();
        page.navigate("/matching/review");
        assertThat(page.locator("main")).containsText("Riverside Academy");
        checkAccessible();
    }

    @Test
    void theMashOfficerSeesKaydensLinkedRecordsAndTheUnlinkPageAsksForAReason() {
        UUID kayden = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Riverside MASH' and p.given_name = 'Kayden'").query(UUID.class).single();
        signIn(page, "mash.officer@riverside-mash.example");
        page.navigate("/people/" + kayden);
        assertThat(page.locator("#linked-heading")).containsText("Linked records");
        assertThat(page.locator("section[aria-labelledby=linked-heading]")).containsText("Oakfield Primary School");
        checkAccessible();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Unlink the record at Oakfield Primary School")).click();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Unlink")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why these records are not the same child");
        checkAccessible();
    }

    @Test
    void thePartnershipAdministratorSetsTheThresholds() {
        signIn(page, "partnership.admin@riverside-csc.example");
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Record linkage thresholds")).first().click();
        checkAccessible();
        page.getByLabel("Review threshold").fill("0.97");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save thresholds")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The review threshold must be lower than the link threshold");
        checkAccessible();
        page.getByLabel("Review threshold").fill("0.85");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save thresholds")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The thresholds are saved");
        checkAccessible();
    }
}

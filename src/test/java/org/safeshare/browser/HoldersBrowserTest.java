package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The MASH officer asks who else knows Kayden, then reviews the borderline academy record; every page passes axe. */
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
}

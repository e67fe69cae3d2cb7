package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.safeshare.disclosures.DisclosureTestData;
import org.safeshare.support.BrowserTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A teacher records a telephone sharing with its identity check, from the person's page; every page passes axe. */
class SharingOutsideBrowserTest extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;

    @Test
    void aTeacherRecordsATelephoneSharingWithItsIdentityCheck() throws Exception {
        DisclosureTestData data = new DisclosureTestData(mvc, jdbc, signedIn);
        String decision = data.decisionToShareWith("Riverside MASH");
        signIn(page, "teacher@oakfield-primary.example");
        page.navigate("/people/" + data.ava());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record sharing outside Safeshare")).click();
        checkAccessible();
        page.locator("input[name=decisionId][value='" + decision + "']").check();
        page.getByLabel("Telephone").check();
        page.locator("#sharedOn").fill("30");
        page.locator("#sharedOn-month").fill("11");
        page.locator("#sharedOn-year").fill("2026");
        page.getByLabel("I checked who they are").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record sharing")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Confirm you called back a number you know independently");
        checkAccessible();
        page.getByLabel("I called back a number I know independently").check();
        page.getByLabel("I checked they are entitled to the information").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record sharing")).click();
        assertThat(page.locator("h1")).hasText("Shared by telephone");
        checkAccessible();
    }
}

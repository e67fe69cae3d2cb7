package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.safeshare.consent.GroundApprovals;
import org.safeshare.support.BrowserTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Correcting a consent record and choosing who approves sharing without consent, each page checked with axe. */
class ConsentCorrectionBrowserTest extends BrowserTest {

    @Autowired GroundApprovals approvals;
    @Autowired SignedIn signedIn;

    private void heading(String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(text);
        checkAccessible();
    }

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    private void link(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).first().click();
    }

    @Test
    void aHealthVisitorCorrectsAConsentRecordWithAReason() {
        signIn(page, "health.visitor@riverside-health.example");
        findPerson(page, "Isla Brown");
        link("Isla Brown");
        link("Record consent or a refusal");
        page.getByLabel("Consent given", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Kate Brown, parent").check();
        page.getByLabel("What will happen to the information").fill("It will be kept on Isla's early help record");
        page.getByLabel("Who will be told what").fill("The early help family worker, about Isla's feeding");
        page.getByLabel("Who they may then tell").fill("No one else without asking you first");
        page.getByLabel("Why the information is being shared").fill("So the family can get early help");
        page.locator("#purposes-1").check();
        page.getByLabel("Riverside Early Help", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Information it covers").fill("Health visiting notes");
        page.getByLabel("In writing", new Page.GetByLabelOptions().setExact(true)).check();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        page.locator("#givenOn").fill(String.valueOf(today.getDayOfMonth()));
        page.locator("#givenOn-month").fill(String.valueOf(today.getMonthValue()));
        page.locator("#givenOn-year").fill(String.valueOf(today.getYear()));
        button("Continue");
        button("Save the consent record");
        heading("Consent given");

        link("Correct this record");
        heading("Correct a consent record");
        assertThat(page.getByLabel("Who will be told what")).hasValue("The early help family worker, about Isla's feeding");
        button("Record the correction");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason for the correction");
        checkAccessible();

        page.getByLabel("Who will be told what").fill("The early help family worker, about Isla's feeding and sleep");
        page.getByLabel("Why are you correcting the record?").fill("Kate was also told about sleep");
        button("Record the correction");
        heading("Consent given");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Correction recorded as a new version");
        assertThat(page.locator(".govuk-table")).containsText("Kate was also told about sleep");
    }

    @Test
    void anOrganisationAdministratorChoosesWhoApproves() {
        try {
            signIn(page, "admin@oakfield-primary.example");
            link("Who must approve sharing without consent");
            heading("Who must approve sharing without consent?");
            page.getByLabel("Caldicott guardian").check();
            button("Save");
            assertThat(page.locator(".govuk-notification-banner")).containsText("follow this policy");
            assertThat(page.getByLabel("Caldicott guardian")).isChecked();
            checkAccessible();
        } finally {
            approvals.require(signedIn.actor("admin@oakfield-primary.example"), java.util.Optional.empty());
        }
    }
}

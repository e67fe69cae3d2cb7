package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.safeshare.support.BrowserTest;

/**
 * The consent issue's "done when": a health visitor records a mother's consent to share with early help
 * for 12 months; the decision flow shows it; the mother withdraws; early help sees the withdrawal; a new
 * decision no longer finds consent. Every page is checked with axe.
 */
class ConsentBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private void heading(Page target, String text) {
        assertThat(target.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(text);
        checkAccessible(target);
    }

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    private void link(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).first().click();
    }

    private void choose(String label) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
    }

    private void date(String field, LocalDate date) {
        page.locator("#" + field).fill(String.valueOf(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
    }

    private void openIsla() {
        findPerson(page, "Isla Brown");
        link("Isla Brown");
    }

    private void answer(String heading, String... labels) {
        heading(page, heading);
        for (String label : labels) {
            choose(label);
        }
        button("Continue");
    }

    @Test
    void aMothersConsentIsUsedThenWithdrawnAndTheRecipientIsTold() {
        signIn(page, "health.visitor@riverside-health.example");
        recordConsent();
        shareWithEarlyHelpOnConsent();
        withdraw();
        earlyHelpSeesTheWithdrawal();
        aNewDecisionNoLongerFindsConsent();
    }

    private void recordConsent() {
        openIsla();
        link("Record consent or a refusal");
        heading(page, "Record consent or a refusal");
        button("Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whether consent was given or refused");
        checkAccessible();
        choose("Consent given");
        page.getByLabel("Kate Brown, parent").check();
        page.getByLabel("What will happen to the information").fill("It will be kept on Isla's early help record");
        page.getByLabel("Who will be told what").fill("The early help family worker, about Isla's feeding and sleep");
        page.getByLabel("Who they may then tell").fill("No one else without asking you first");
        page.getByLabel("Why the information is being shared").fill("So your family can get early help with Isla's feeding");
        page.locator("#purposes-1").check();
        choose("Riverside Early Help");
        page.getByLabel("Information it covers").fill("Health visiting notes");
        choose("In writing");
        date("givenOn", TODAY);
        button("Continue");

        heading(page, "Check the consent record");
        assertThat(page.locator("main")).containsText("Kate Brown");
        assertThat(page.locator("main")).containsText("Birth mother");
        assertThat(page.locator("main")).containsText(org.safeshare.consent.domain.Dates.words(TODAY.plusMonths(12)));
        button("Save the consent record");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Consent record saved");
        checkAccessible();
    }

    private void shareWithEarlyHelpOnConsent() {
        openIsla();
        assertThat(page.locator("#consent-heading")).isVisible();
        checkAccessible();
        link("Should I share information about Isla Brown?");
        answer("Why are you thinking of sharing", "To get early help for a child or family");
        answer("clear and legitimate reason", "Yes");
        answer("immediate danger", "No");
        answer("How worried are you", "They may need extra support, but I do not think they are at risk of significant harm");
        answer("Which of these describe the information", "It identifies a person, or could with other information");
        assertThat(page.locator(".govuk-inset-text")).containsText("From the consent register: Consent given by Kate Brown");
        assertThat(page.locator(".govuk-inset-text")).containsText("expires " + org.safeshare.consent.domain.Dates.words(TODAY.plusMonths(12)));
        assertThat(page.getByLabel("Yes, consent has been given")).isChecked();
        answer("Has consent to share been given");
        assertThat(page.getByLabel("A parent or other person with parental responsibility")).isChecked();
        answer("Who gave consent");
        answer("Do any of these apply", "None of these");
        answer("court order or a law", "No");
        answer("who would receive it", "They have a role in keeping the person safe", "I have checked who they are",
                "There is a secure way to send it");
        heading(page, "Check your answers");
        link("See what the guidance recommends");
        checkAccessible();
        link("Record your decision");
        choose("I am sharing the information");
        page.getByLabel("Your reasons").fill("Kate agreed to early help for Isla's feeding difficulties.");
        button("Continue");
        if (page.url().endsWith("/departure")) {
            page.locator("#departureReason").fill("Kate has consented and asked for support.");
            button("Continue");
        }
        heading(page, "What you are sharing");
        page.getByLabel("Organisation you are sharing with").selectOption(new SelectOption().setLabel("Riverside Early Help"));
        page.getByLabel("Name or role of the person you are sharing with").fill("Family worker");
        page.getByLabel("Purpose of sharing").fill("Early help for feeding difficulties");
        page.locator("#information-0-category").fill("Health");
        page.locator("#information-0-summary").fill("Feeding difficulties since October.");
        page.locator("#information-0-kind").check();
        page.getByLabel("Secure email").check();
        choose("Yes, they have been told");
        button("Continue");
        heading(page, "Check your decision");
        assertThat(page.locator("main")).containsText("Consent relied on");
        button("Record the decision");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Decision recorded");
        assertThat(page.locator("main")).containsText("Consent record in the consent register");
        checkAccessible();
    }

    private void withdraw() {
        openIsla();
        page.locator("section[aria-labelledby=consent-heading] table a").first().click();
        heading(page, "Consent given");
        link("Record withdrawal of consent");
        heading(page, "Record withdrawal of consent");
        button("Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date consent was withdrawn");
        checkAccessible();
        date("withdrawnOn", TODAY);
        page.getByLabel("Who withdrew consent").fill("Kate Brown");
        button("Continue");
        heading(page, "Check the withdrawal");
        button("Record the withdrawal");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Withdrawal recorded");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Riverside Early Help");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Consent withdrawn");
        assertThat(page.locator(".govuk-warning-text")).containsText("Withdrawn on");
        checkAccessible();
    }

    private void earlyHelpSeesTheWithdrawal() {
        BrowserContext earlyHelp = newContext();
        Page other = earlyHelp.newPage();
        watchForCspViolations(other);
        signIn(other, "dsl@riverside-early-help.example");
        other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consent withdrawn by organisations that shared with you")).first().click();
        heading(other, "Consent withdrawn");
        assertThat(other.locator("table")).containsText("Isla Brown");
        assertThat(other.locator("table")).containsText("Riverside Health Visiting Service");
        earlyHelp.close();
    }

    private void aNewDecisionNoLongerFindsConsent() {
        openIsla();
        link("Should I share information about Isla Brown?");
        answer("Why are you thinking of sharing", "To get early help for a child or family");
        answer("clear and legitimate reason", "Yes");
        answer("immediate danger", "No");
        answer("How worried are you", "They may need extra support, but I do not think they are at risk of significant harm");
        answer("Which of these describe the information", "It identifies a person, or could with other information");
        heading(page, "Has consent to share been given");
        assertThat(page.locator(".govuk-inset-text")).containsText("was withdrawn on");
        assertThat(page.getByLabel("Consent was given but has been withdrawn")).isChecked();
        assertThat(page.getByLabel("Yes, consent has been given")).not().isChecked();
    }

    @Test
    void capacityAndGroundFormsExplainTheirRefusalsAccessibly() {
        signIn(page, "safeguarding.lead@riverside-health.example");
        openIsla();
        link("Record a capacity or competence assessment");
        heading(page, "Record a capacity or competence assessment");
        assertThat(page.getByLabel("Gillick competence (under 16)")).isChecked();
        choose("Mental Capacity Act functional test (16 and over)");
        button("Save the assessment");
        assertThat(page.locator(".govuk-error-summary")).containsText("was under 16 on the assessment date");
        checkAccessible();

        openIsla();
        link("Record a ground to share without consent");
        heading(page, "Record a ground to share without consent");
        choose("Overriding public interest: actual or potential risk of significant harm");
        button("Save");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the form of significant harm");
        checkAccessible();

        page.navigate("/consents/due");
        heading(page, "Consent to review");
    }
}

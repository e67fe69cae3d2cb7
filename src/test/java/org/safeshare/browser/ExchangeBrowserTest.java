package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.Sex;
import org.safeshare.support.BrowserTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11's journey in a browser: the MASH asks the charity about a child, rated red; the charity's DSL answers. Axe on every page. */
class ExchangeBrowserTest extends BrowserTest {

    @Autowired PeopleSetUp setUp;
    @Autowired SignedIn signedIn;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private PersonId avaAtTheMash() {
        var mash = signedIn.actor("mash.officer@riverside-mash.example");
        return setUp.ensurePerson(new OrganisationId(mash.organisationId()), mash.id(), new PersonDraft(PersonKind.CHILD, "Ava", "Thompson",
                LocalDate.of(2015, 3, 27), null, Sex.FEMALE, "9990000018", null, List.of(), "12 Willow Road", null, "Riverside", "RV1 2AB"));
    }

    private void click(Page target, AriaRole role, String name) {
        target.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void theMashAsksTheCharityAboutAChildAndTheCharitysDslAnswers() {
        UUID ava = avaAtTheMash().value();
        signIn(page, "mash.officer@riverside-mash.example");
        page.navigate("/people/" + ava);
        click(page, AriaRole.LINK, "Ask for information about Ava Thompson");
        checkAccessible();
        click(page, AriaRole.BUTTON, "Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select at least one organisation to ask");
        checkAccessible();
        page.getByLabel("Safe Harbour Family Support", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Red: answer within 4 working hours").check();
        page.getByLabel("Purpose of the request").fill("Strategy discussion under section 47 of the Children Act 1989");
        page.getByLabel("Your lawful basis for asking").fill("UK GDPR Article 6(1)(e); Children Act 1989 section 47");
        page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Your questions").fill("Is Ava known to your service?\nAny concerns about the household?");
        click(page, AriaRole.BUTTON, "Continue");
        assertThat(page.locator("h1")).hasText("Check your request before sending it");
        checkAccessible();
        click(page, AriaRole.BUTTON, "Send request");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Request sent");
        assertThat(page.locator("table")).containsText("Safe Harbour Family Support");
        checkAccessible();
        // This request, not another test's (the test classes share one demo database).
        String request = jdbc.sql("select r.id from information_request r join user_account u on u.id = r.requested_by"
                + " where u.email = 'mash.officer@riverside-mash.example' order by r.sent_at desc limit 1").query(String.class).single();

        BrowserContext charityContext = newContext();
        Page charity = charityContext.newPage();
        watchForCspViolations(charity);
        signIn(charity, "dsl@safe-harbour.example");
        click(charity, AriaRole.LINK, "Requests");
        assertThat(charity.locator("table")).containsText("Riverside MASH");
        checkAccessible(charity);
        charity.locator("table a[href='/exchange/requests/" + request + "']").first().click();
        assertThat(charity.locator("main")).containsText("Is Ava known to your service?");
        checkAccessible(charity);
        click(charity, AriaRole.LINK, "Respond to this request");
        click(charity, AriaRole.BUTTON, "Send response");
        assertThat(charity.locator(".govuk-error-summary")).containsText("Select whether you are answering or declining");
        checkAccessible(charity);
        charity.getByLabel("Answer the request").check();
        charity.locator("#answer-1").fill("Known since 2024: two visits about lethargy");
        charity.locator("#kind-1").check();
        charity.locator("#source-1").fill("Support log");
        charity.getByLabel("Reasonable cause to suspect significant harm").check();
        charity.getByLabel("Not asked").check();
        charity.getByLabel("Asking for consent would increase the risk of harm").check();
        charity.getByLabel("Confidential").check();
        charity.getByLabel("Your reasons").fill("The MASH needs the picture now to keep Ava safe");
        charity.getByLabel("If you are sharing without consent, why").fill("Asking would increase the risk to Ava");
        charity.getByLabel("Not told").check();
        charity.getByLabel("If they will not be told, why").fill("Telling the family could increase the risk during the enquiry");
        click(charity, AriaRole.BUTTON, "Send response");
        assertThat(charity.locator(".govuk-notification-banner")).containsText("Response sent");
        checkAccessible(charity);
        charityContext.close();

        page.reload();
        page.navigate("/exchange/outbox?show=all");
        page.locator("table a[href='/exchange/requests/" + request + "']").first().click();
        assertThat(page.locator("main")).containsText("Known since 2024");
        checkAccessible();
    }
}

package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.safeshare.disclosures.DisclosureTestData;
import org.safeshare.support.BrowserTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A teacher sends a disclosure to the MASH officer with the referrer withheld, previews it and sends it; the MASH officer
 * acknowledges the conditions and opens it; the teacher sees the receipt, asks the DSL to release the name and recalls an
 * item. Every page passes axe.
 */
class DisclosureBrowserTest extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;

    private void button(Page target, String name) {
        target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    @Test
    void aDisclosureIsPreviewedSentOpenedWithItsReceiptAndRecalledAccessibly() throws Exception {
        DisclosureTestData data = new DisclosureTestData(mvc, jdbc, signedIn);
        String decision = data.decisionToShareWith("Riverside MASH");
        signIn(page, "teacher@oakfield-primary.example");
        page.navigate("/people/" + data.ava());
        checkAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send a secure disclosure about Ava Thompson")).click();
        checkAccessible();
        button(page, "Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the decision this sharing is recorded under");
        checkAccessible();
        page.locator("input[name=decisionId][value='" + decision + "']").check();
        page.getByLabel("Lena Novak, Riverside MASH").check();
        page.locator("#purpose").fill("So the MASH can decide on a strategy discussion");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#item0Kind").check();
        page.locator("#item0Text").fill("Joan Pike, the neighbour, heard shouting and crying on 28 November");
        page.locator("#item0Source").fill("Telephone call from Joan Pike to the school office");
        page.locator("#item0Referrer").fill("Joan Pike");
        page.locator("#item1Kind-1").check();
        page.locator("#item1Text").fill("Ava seemed withdrawn this week");
        page.locator("#item1Source").fill("Class teacher");
        page.locator("#conditions").fill("Do not share onward without asking Oakfield");
        page.getByLabel("No, they were not told").check();
        page.locator("#notToldReason").fill("Telling the family would increase the risk to Ava");
        button(page, "Continue");
        assertThat(page.locator("h1")).hasText("Check what you will send");
        assertThat(page.locator(".govuk-inset-text").last()).containsText("[referrer withheld], the neighbour");
        assertThat(page.locator(".govuk-inset-text").last()).not().containsText("Joan Pike");
        checkAccessible();
        button(page, "Send disclosure");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Disclosure sent");
        checkAccessible();
        String disclosure = page.url().replaceAll(".*/disclosures/([0-9a-f-]{36}).*", "$1");

        BrowserContext mashContext = newContext();
        Page mash = mashContext.newPage();
        watchForCspViolations(mash);
        signIn(mash, "mash.officer@riverside-mash.example");
        mash.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Disclosures").setExact(true)).click();
        checkAccessible(mash);
        mash.navigate("/disclosures/" + disclosure);
        assertThat(mash.locator("main")).not().containsText("Ava Thompson");
        button(mash, "Open the disclosure");
        assertThat(mash.locator(".govuk-error-summary")).containsText("Confirm you will keep to the conditions");
        checkAccessible(mash);
        mash.getByLabel("I will keep to the conditions on sharing it onward").check();
        button(mash, "Open the disclosure");
        assertThat(mash.locator("main")).containsText("Ava Thompson");
        assertThat(mash.locator("main")).containsText("[referrer withheld]");
        checkAccessible(mash);

        page.navigate("/disclosures/" + disclosure);
        assertThat(page.locator("main")).containsText("Lena Novak");
        assertThat(page.locator("main")).not().containsText("not opened yet");
        checkAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask a DSL to release the names in item 2")).click();
        checkAccessible();
        page.locator("#reason").fill("The MASH needs to speak to the neighbour as a witness");
        button(page, "Ask for release");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recall this item (item 3)")).click();
        button(page, "Recall");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why you are recalling it");
        checkAccessible();
        page.locator("#reason").fill("The opinion was about another child");
        button(page, "Recall");
        assertThat(page.locator("main")).containsText("Item 3 was recalled");

        BrowserContext dslContext = newContext();
        Page dsl = dslContext.newPage();
        watchForCspViolations(dsl);
        signIn(dsl, "dsl@oakfield-primary.example");
        dsl.navigate("/disclosures/" + disclosure + "/items/" + data.item(disclosure, 2) + "/release");
        assertThat(dsl.locator("main")).containsText("Joan Pike (referrer)");
        checkAccessible(dsl);
        dsl.getByLabel("Release the names to the recipients").check();
        button(dsl, "Save decision");
        checkAccessible(dsl);

        mash.navigate("/disclosures/" + disclosure);
        assertThat(mash.locator("main")).containsText("Joan Pike, the neighbour");
        assertThat(mash.locator("main")).containsText("The opinion was about another child");
        assertThat(mash.locator("main")).not().containsText("withdrawn this week");
        mashContext.close();
        dslContext.close();
    }
}

package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.safeshare.support.BrowserTest;

/** Golden rule 3 (2018) / 4 (2024): a practitioner seeks advice without naming the child; the DSL answers; the advice reaches the record. */
class AdviceBrowserTest extends BrowserTest {

    private void answer(Page target, String... labels) {
        for (String label : labels) {
            target.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
        }
        target.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }

    @Test
    void aTeacherSeeksAdviceAnonymouslyAndTheDslsAdviceIsRecordedWithTheDecision() {
        signIn(page, "teacher@oakfield-primary.example");
        findPerson(page, "Ava Thompson");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ava Thompson")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Should I share information about Ava Thompson?")).click();
        answer(page, "To keep a child or an adult at risk safe (safeguarding)");
        answer(page, "I'm not sure");
        answer(page, "No");
        answer(page, "They may need extra support, but I do not think they are at risk of significant harm");
        answer(page, "It identifies a person, or could with other information");
        answer(page, "No, consent has not been asked for");
        answer(page, "No");
        answer(page, "None of these");
        answer(page, "None of these");
        answer(page, "No");
        answer(page, "They have a role in keeping the person safe");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See what the guidance recommends")).click();
        assertThat(page.locator(".govuk-panel__title")).hasText("Seek advice before deciding");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Seek advice first")).click();
        checkAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for advice")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select who you want advice from");
        checkAccessible();
        page.getByLabel("Your designated safeguarding lead").check();
        page.getByLabel("Your question").fill("A pupil's attendance has dropped and she seems withdrawn. Should I share with early help?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for advice")).click();
        assertThat(page.locator("main")).containsText("They have not answered yet");

        BrowserContext dslContext = newContext();
        Page dsl = dslContext.newPage();
        watchForCspViolations(dsl);
        signIn(dsl, "dsl@oakfield-primary.example");
        dsl.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Advice").setExact(true)).click();
        checkAccessible(dsl);
        dsl.locator("table a").last().click();
        assertThat(dsl.locator("main")).containsText("attendance has dropped");
        assertThat(dsl.locator("main")).not().containsText("Ava");
        checkAccessible(dsl);
        dsl.getByLabel("Your advice").fill("Talk to the family first and seek consent for an early help referral.");
        dsl.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send advice")).click();
        assertThat(dsl.locator(".govuk-notification-banner")).containsText("Advice sent");
        dslContext.close();

        page.reload();
        assertThat(page.locator("main")).containsText("Talk to the family first");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record your decision")).click();
        page.getByLabel("I am not sharing the information").check();
        page.getByLabel("Your reasons").fill("Following the DSL's advice, I will talk to the family and seek consent first.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator("main")).containsText("From the designated safeguarding lead: Talk to the family first");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Decision recorded");
        assertThat(page.locator("main")).containsText("Advice sought");
        checkAccessible();
    }
}

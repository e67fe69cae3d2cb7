package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.safeshare.support.BrowserTest;

/** The "done when": a demo DSL signs in, finds a child and sees the child's family; adding a person. */
class PeopleBrowserTest extends BrowserTest {

    @Test
    void aDslFindsAChildAndSeesTheirFamily() {
        signIn(page, "dsl@oakfield-primary.example");
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Find a person")).fill("Ava");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("main")).containsText("Ava Thompson");
        checkAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ava Thompson")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Ava Thompson");
        assertThat(page.locator("main")).containsText("Parental responsibility");
        checkAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a relationship")).click();
        checkAccessible();
        page.goBack();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add another name")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add name")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what kind of name this is");
        checkAccessible();
    }

    @Test
    void aPractitionerSearchesBeforeAddingAPersonAndChecksTheirAnswers() {
        signIn(page, "teacher@oakfield-primary.example");
        findPerson(page, "Zephyrine");
        assertThat(page.locator("main")).containsText("Add a new person");
        checkAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a new person")).click();
        checkAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        checkAccessible();

        page.getByLabel("Child", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Given name").fill("Zephyrine");
        page.getByLabel("Family name").fill("Browser" + (System.nanoTime() % 100000));
        page.locator("#dateOfBirth").fill("4");
        page.locator("#dateOfBirth-month").fill("5");
        page.locator("#dateOfBirth-year").fill("2016");
        page.getByLabel("Female").check();
        page.getByLabel("NHS number (optional)").fill("123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("NHS number");
        assertThat(page.getByLabel("Given name")).hasValue("Zephyrine");
        checkAccessible();

        page.getByLabel("NHS number (optional)").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Check your answers");
        checkAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Zephyrine");
        checkAccessible();
    }
}

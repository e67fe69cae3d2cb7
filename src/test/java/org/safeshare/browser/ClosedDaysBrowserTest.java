package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeshare.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The partnership administrator adds and removes a closed day from the home page, with the error summary; axe on every page. */
class ClosedDaysBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @AfterEach
    void noClosuresLeftBehind() {
        jdbc.sql("delete from exchange_closure").update();
    }

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).first().click();
    }

    @Test
    void theAdministratorRecordsAClosedDayAccessibly() {
        signIn(page, "partnership.admin@riverside-csc.example");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Days the offices are closed")).click();
        assertThat(page.locator("h1")).hasText("Days the offices are closed");
        checkAccessible();
        button("Add closed day");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date the offices are closed");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the offices are closed");
        checkAccessible();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(30);
        page.locator("#closedOnDay").fill(String.valueOf(day.getDayOfMonth()));
        page.locator("#closedOnMonth").fill(String.valueOf(day.getMonthValue()));
        page.locator("#closedOnYear").fill(String.valueOf(day.getYear()));
        page.getByLabel("Why the offices are closed").fill("Partnership training day");
        button("Add closed day");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Closed day added");
        assertThat(page.locator("table")).containsText("Partnership training day");
        checkAccessible();
        button("Remove");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Closed day removed");
        checkAccessible();
    }
}

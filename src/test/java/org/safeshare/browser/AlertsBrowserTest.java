package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.support.BrowserTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The DSL reviews an outside, justified view of one of their records and acknowledges it; the page passes axe. */
class AlertsBrowserTest extends BrowserTest {

    @Autowired Audit audit;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void theDslAcknowledgesAnOutsideViewFromTheirHomePage() {
        UUID ava = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(UUID.class).single();
        String purpose = "BREAK_GLASS_BROWSER_" + UUID.randomUUID().toString().substring(0, 6);
        transaction.executeWithoutResult(t -> audit.record(AuditEvent.of(signedIn.actor("ed.nurse@riverside-hospital.example"),
                AuditAction.PERSON_VIEWED).about(ava).purpose(purpose)));

        signIn(page, "dsl@oakfield-primary.example");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outside views of your records")).click();
        assertThat(page.locator("table")).containsText(purpose);
        checkAccessible();
        page.locator("tr", new Page.LocatorOptions().setHasText(purpose)).getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Alert acknowledged");
        assertThat(page.locator("main")).not().containsText(purpose);
        checkAccessible();
    }
}

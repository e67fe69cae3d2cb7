package org.safeshare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.notifications.NotificationRequested.Audience;
import org.safeshare.notifications.delivery.NotificationRetries;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Without a mail server (the demo), a notification is neither sent nor counted as sent: it waits, and the page says why. */
@SafeshareTest
class NotificationsWithoutMailServerTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired NotificationRetries retries;
    @Autowired SignedIn signedIn;
    @Autowired MockMvc mvc;

    @Test
    void aNotificationWaitsInTheOutboxWithoutSpendingAttempts() throws Exception {
        String path = "/disclosures/" + UUID.randomUUID();
        OrganisationId mash = new OrganisationId(signedIn.actor("mash.officer@riverside-mash.example").organisationId());
        transaction.executeWithoutResult(status -> events.publishEvent(new NotificationRequested(
                new Audience.RoleHolders(mash, Role.MASH_OFFICER), NotificationKind.DISCLOSURE_OPENED, path)));

        long until = System.currentTimeMillis() + 10_000;
        while (!row(path, "status").equals("FAILED") && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(row(path, "status")).as("the listener could not send it").isEqualTo("FAILED");
        assertThat(retries.run()).as("the retry job does not run without a mail server").isFalse();
        assertThat(row(path, "completion_attempts")).as("the one attempt after commit, and no more").isEqualTo("1");
        mvc.perform(get("/partnership/notifications/failed").with(signedIn.as("partnership.admin@riverside-csc.example")))
                .andExpect(content().string(containsString("No mail server is configured, so no notification is sent")))
                .andExpect(content().string(containsString("information you shared has been opened")));
    }

    private String row(String path, String column) {
        return jdbc.sql("select " + column + "::text from event_publication where serialized_event like ?").param("%" + path + "%")
                .query(String.class).single();
    }
}

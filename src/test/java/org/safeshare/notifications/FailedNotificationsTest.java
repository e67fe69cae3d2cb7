package org.safeshare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.notifications.NotificationRequested.Audience;
import org.safeshare.notifications.delivery.NotificationRetries;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.support.MailServer;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A notification the mail server keeps refusing is given up after the last attempt and shown to its partnership's administrator. */
@SafeshareTest
class FailedNotificationsTest extends MailServer {

    static final String ADMIN = "partnership.admin@riverside-csc.example";

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired NotificationRetries retries;
    @Autowired SignedIn signedIn;
    @Autowired Organisations organisations;
    @Autowired MockMvc mvc;

    UUID id;

    @BeforeEach
    void aNotificationTheMailServerCannotTake() {
        jdbc.sql("delete from event_publication").update();
        smtp().reset();
        stopMailServer();
        OrganisationId oakfield = new OrganisationId(signedIn.actor("dsl@oakfield-primary.example").organisationId());
        transaction.executeWithoutResult(status -> events.publishEvent(new NotificationRequested(
                new Audience.RoleHolders(oakfield, Role.DESIGNATED_SAFEGUARDING_LEAD), NotificationKind.DISCLOSURE_RECALLED,
                "/disclosures/" + UUID.randomUUID())));
        long until = System.currentTimeMillis() + 10_000;
        while (failed() == 0 && System.currentTimeMillis() < until) {
            NotificationDeliveryTest.sleep(50);
        }
        id = jdbc.sql("select id from event_publication").query(UUID.class).single();
    }

    @AfterEach
    void mailServerBackUp() {
        restartMailServer();
    }

    @Test
    void aNotificationIsGivenUpAfterTheLastAttemptAndRetriedByThePartnershipAdministrator() throws Exception {
        assertThat(failed()).as("the first attempt, after commit, failed").isOne();
        for (int i = 0; i < 5; i++) {
            retries.run();
        }
        assertThat(attempts()).as("three attempts in all, counting the first after commit, then no more").isEqualTo(3);

        mvc.perform(get("/partnership/notifications/failed").with(signedIn.as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("information shared with you has been recalled")))
                .andExpect(content().string(containsString("Given up")))
                .andExpect(content().string(containsString("The mail server could not be reached or refused the message")));

        restartMailServer();
        mvc.perform(post("/partnership/notifications/failed/" + id + "/retry").with(signedIn.as(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/partnership/notifications/failed?retried=SENT"));
        assertThat(smtp().getReceivedMessages()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'NOTIFICATION_RETRIED' and touched like ?")
                .param("%NOTIFICATION:" + id + "%").query(Long.class).single()).isOne();
    }

    @Test
    void onlyAPartnershipAdministratorSeesThePage() throws Exception {
        mvc.perform(get("/partnership/notifications/failed").with(signedIn.as("dsl@oakfield-primary.example")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/partnership/notifications/failed/" + id + "/retry").with(signedIn.as("admin@oakfield-primary.example")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer demo-csc-token"))
                .andExpect(status().isOk());
    }

    @Test
    void anotherPartnershipsAdministratorNeitherSeesNorRetriesIt() throws Exception {
        Actor hillford = signedIn.actor("admin@hillford-primary.example");
        Actor otherAdministrator = new Actor(hillford.id(), Actor.Kind.USER, hillford.displayName(), hillford.organisationId(),
                hillford.partnershipId(), Set.of(Role.PARTNERSHIP_ADMINISTRATOR, Role.ORGANISATION_ADMINISTRATOR));
        mvc.perform(get("/partnership/notifications/failed").with(SignedIn.as(otherAdministrator)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("recalled"))));
        restartMailServer();
        mvc.perform(post("/partnership/notifications/failed/" + id + "/retry").with(SignedIn.as(otherAdministrator)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(smtp().getReceivedMessages()).isEmpty();
    }

    private long failed() {
        return jdbc.sql("select count(*) from event_publication where status = 'FAILED'").query(Long.class).single();
    }

    private int attempts() {
        return jdbc.sql("select completion_attempts from event_publication where id = ?").param(id).query(Integer.class).single();
    }
}

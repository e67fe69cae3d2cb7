package org.safeshare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.notifications.NotificationRequested.Audience;
import org.safeshare.notifications.delivery.NotificationListener;
import org.safeshare.notifications.delivery.NotificationRetries;
import org.safeshare.notifications.domain.NotificationWording;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;
import org.safeshare.support.MailServer;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications go through Spring Modulith's publication registry (the outbox) to a real SMTP server (GreenMail):
 * sent only after commit, never for a rollback, not lost in a crash, retried, then given up for a person.
 */
@SafeshareTest
class NotificationDeliveryTest extends MailServer {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired NotificationRetries retries;
    @Autowired EventPublicationRegistry registry;
    @Autowired SignedIn signedIn;

    OrganisationId oakfield;

    @BeforeEach
    void startWithAnEmptyOutboxAndMailbox() {
        restartMailServer();
        oakfield = new OrganisationId(signedIn.actor("dsl@oakfield-primary.example").organisationId());
        awaitOutboxEmpty();
        jdbc.sql("delete from event_publication").update();
        smtp().reset();
    }

    @Test
    void aNotificationIsSentToTheRoleHoldersOnlyAfterTheActionCommits() throws Exception {
        String path = "/disclosures/" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            events.publishEvent(dsls(path));
            sleep(300);
            assertThat(smtp().getReceivedMessages()).as("nothing is sent before commit").isEmpty();
        });

        assertThat(smtp().waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = smtp().getReceivedMessages()[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("dsl@oakfield-primary.example");
        assertThat(message.getSubject()).isEqualTo("Safeshare: information has been shared with you");
        awaitOutboxEmpty();
    }

    @Test
    void nothingIsSentOrKeptForARolledBackAction() {
        transaction.executeWithoutResult(status -> {
            events.publishEvent(dsls("/disclosures/" + UUID.randomUUID()));
            status.setRollbackOnly();
        });

        assertThat(smtp().waitForIncomingEmail(1_500, 1)).isFalse();
        assertThat(outboxRows()).isZero();
    }

    @Test
    void theEmailCarriesOnlyTheFixedWordingAndTheLinkNoPersonalData() throws Exception {
        UUID user = signedIn.actor("teacher@oakfield-primary.example").id();
        String path = "/exchange/requests/" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> events.publishEvent(
                new NotificationRequested(new Audience.Users(java.util.Set.of(user)), NotificationKind.INFORMATION_REQUEST_RECEIVED, path)));

        assertThat(smtp().waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = smtp().getReceivedMessages()[0];
        String body = ((String) message.getContent()).replace("\r\n", "\n");
        assertThat(body.strip()).isEqualTo(NotificationWording.body(NotificationKind.INFORMATION_REQUEST_RECEIVED, BASE_URL + path).strip());
        assertThat(body + message.getSubject()).doesNotContain("teacher", "Oakfield", "Ava", "Thompson");
    }

    @Test
    void aNotificationLostInACrashBetweenCommitAndSendIsSentByTheRetryJob() throws Exception {
        String path = "/disclosures/" + UUID.randomUUID();
        crashedBeforeSending(dsls(path));
        assertThat(smtp().waitForIncomingEmail(1_500, 1)).as("the crashed instance never sent it").isFalse();
        assertThat(outboxRows()).isOne();

        sleep(1_100);  // older than stale-after: no instance is still sending it
        assertThat(retries.run()).isTrue();

        assertThat(smtp().getReceivedMessages()).hasSize(1);
        assertThat(((String) smtp().getReceivedMessages()[0].getContent())).contains(BASE_URL + path);
        assertThat(outboxRows()).isZero();
    }

    @Test
    void twoInstancesRetryingAtOnceSendEachNotificationOnce() throws Exception {
        for (int i = 0; i < 12; i++) {
            crashedBeforeSending(dsls("/disclosures/" + UUID.randomUUID()));
        }
        sleep(1_100);
        // Each instance is its own database connection: the job's lock and the rows' locks are the database's.
        try (var instances = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = Stream.<Runnable>of(() -> retryUntilEmpty(), () -> retryUntilEmpty())
                    .map(instances::submit).<Future<?>>map(f -> f).toList();
            for (Future<?> run : runs) {
                run.get();
            }
        }
        List<String> bodies = Arrays.stream(smtp().getReceivedMessages()).map(NotificationDeliveryTest::content).toList();
        assertThat(bodies).hasSize(12).doesNotHaveDuplicates();
    }

    private void retryUntilEmpty() {
        long until = System.currentTimeMillis() + 10_000;
        while (outboxRows() > 0 && System.currentTimeMillis() < until) {
            retries.run();
        }
    }

    private void crashedBeforeSending(NotificationRequested notification) {
        // What the publishing transaction writes; the crash is that no after-commit listener ever runs.
        transaction.executeWithoutResult(status -> registry.store(notification,
                Stream.of(PublicationTargetIdentifier.of(NotificationListener.ID))));
    }

    private NotificationRequested dsls(String path) {
        return new NotificationRequested(new Audience.RoleHolders(oakfield, Role.DESIGNATED_SAFEGUARDING_LEAD),
                NotificationKind.DISCLOSURE_RECEIVED, path);
    }

    private long outboxRows() {
        return jdbc.sql("select count(*) from event_publication").query(Long.class).single();
    }

    private void awaitOutboxEmpty() {
        long until = System.currentTimeMillis() + 10_000;
        while (jdbc.sql("select count(*) from event_publication where status in ('PUBLISHED', 'PROCESSING')").query(Long.class).single() > 0
                && System.currentTimeMillis() < until) {
            sleep(50);
        }
    }

    static String content(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

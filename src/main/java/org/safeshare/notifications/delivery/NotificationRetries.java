package org.safeshare.notifications.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.safeshare.notifications.NotificationProperties;
import org.safeshare.notifications.domain.FailureReason;
import org.safeshare.notifications.domain.RetryPolicy;
import org.safeshare.notifications.persistence.Outbox;
import org.safeshare.notifications.persistence.Outbox.Unsent;
import org.safeshare.platform.jobs.SingleInstanceJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Tries unsent notifications again, on one instance at a time ({@link SingleInstanceJobs}): failed ones after a
 * doubling wait, and ones an instance stopped before sending. Each row is locked while it is sent, so two instances
 * (or this job and a partnership administrator's retry) never send the same one.
 */
@Component
public class NotificationRetries implements SchedulingConfigurer {

    static final String JOB = "notification-retries";
    private static final int BATCH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationRetries.class);

    private final SingleInstanceJobs jobs;
    private final Outbox outbox;
    private final Mailer mailer;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationRetries(SingleInstanceJobs jobs, Outbox outbox, Mailer mailer, NotificationProperties properties,
            Clock clock) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::run, properties.retryInterval(), properties.retryInterval()));
    }

    /** Tries what is due unless another instance is doing it now; answers whether it ran. */
    public boolean run() {
        if (!mailer.configured()) {
            // Nothing can be sent: spend no attempts, so every notification waits for a mail server intact.
            return false;
        }
        return jobs.runAlone(JOB, this::retryDue);
    }

    private void retryDue() {
        RetryPolicy policy = properties.retryPolicy();
        Instant now = clock.instant();
        int tried = 0;
        int sent = 0;
        for (Unsent unsent : outbox.dueForRetry(NotificationListener.ID, now.minus(properties.staleAfter()), policy.maxAttempts(), BATCH)) {
            if (policy.due(unsent.attempts(), unsent.lastAttempt(), now)) {
                tried++;
                sent += attempt(unsent, now).isEmpty() ? 1 : 0;
            }
        }
        if (tried > 0) {
            LOG.info("Notification retries: {} tried, {} sent", tried, sent);
        }
    }

    /** Sends one locked row now (the caller's transaction holds the lock); answers why not, if it was not sent. */
    public Optional<FailureReason> attempt(Unsent unsent, Instant now) {
        outbox.attempted(unsent.id(), now);
        try {
            mailer.send(unsent.notification().orElseThrow());
            outbox.sent(unsent.id());
            return Optional.empty();
        } catch (NotSent e) {
            outbox.failed(unsent.id(), e.reason());
            return Optional.of(e.reason());
        } catch (RuntimeException e) {
            // A row that no longer reads as a notification (renamed fields) is kept for a person, never dropped.
            outbox.failed(unsent.id(), FailureReason.UNREADABLE);
            return Optional.of(FailureReason.UNREADABLE);
        }
    }
}

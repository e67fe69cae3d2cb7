package org.safeshare.notifications;

import java.time.Duration;
import org.safeshare.notifications.domain.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email delivery (README, Configuration). Without {@code smtpHost} and {@code from} nothing is sent and nothing is
 * counted as sent: notifications wait in the outbox, listed on the partnership administrator's page, until a mail
 * server is configured. {@code retryInterval}: how often the retry job looks; {@code firstRetryAfter}: the first
 * wait, doubling per attempt; {@code staleAfter}: when a notification neither sent nor failed is taken as lost in a
 * crash and tried again.
 */
@ConfigurationProperties("safeshare.notifications")
public record NotificationProperties(@DefaultValue("") String smtpHost, @DefaultValue("587") int smtpPort,
        @DefaultValue("") String smtpUsername, @DefaultValue("") String smtpPassword, @DefaultValue("") String from,
        @DefaultValue("true") boolean smtpStartTls, @DefaultValue("10s") Duration smtpTimeout,
        @DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration retryInterval,
        @DefaultValue("1m") Duration firstRetryAfter, @DefaultValue("5m") Duration staleAfter) {

    public NotificationProperties {
        smtpHost = smtpHost == null ? "" : smtpHost.strip();
        from = from == null ? "" : from.strip();
    }

    public boolean mailConfigured() {
        return !smtpHost.isEmpty() && !from.isEmpty();
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, firstRetryAfter);
    }
}

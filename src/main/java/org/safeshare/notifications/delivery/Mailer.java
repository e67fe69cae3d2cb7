package org.safeshare.notifications.delivery;

import java.util.List;
import java.util.Properties;
import org.safeshare.accounts.MailRecipients;
import org.safeshare.accounts.MailRecipients.Recipient;
import org.safeshare.notifications.NotificationProperties;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.notifications.domain.FailureReason;
import org.safeshare.notifications.domain.NotificationWording;
import org.safeshare.platform.WebProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends one notification: finds who to tell, then one plain-text email each (no one sees another's address). A
 * failure part-way means the whole notification is tried again, so someone may get it twice: better than never.
 */
@Component
public class Mailer {

    private final NotificationProperties properties;
    private final String baseUrl;
    private final MailRecipients recipients;
    private final JavaMailSenderImpl sender;

    Mailer(NotificationProperties properties, WebProperties web, MailRecipients recipients) {
        this.properties = properties;
        this.baseUrl = web.baseUrl();
        this.recipients = recipients;
        this.sender = sender(properties);
    }

    /** Whether emails can be sent at all: a mail server, a sender address and an absolute link to sign in at. */
    public boolean configured() {
        return properties.mailConfigured() && !baseUrl.isEmpty();
    }

    /** Sends it to everyone in its audience, or throws {@link NotSent} with the reason. */
    public void send(NotificationRequested notification) {
        if (!configured()) {
            throw new NotSent(FailureReason.MAIL_NOT_CONFIGURED);
        }
        List<Recipient> audience = audience(notification.audience());
        if (audience.isEmpty()) {
            throw new NotSent(FailureReason.NO_RECIPIENTS);
        }
        var wording = NotificationWording.of(notification.kind());
        String body = NotificationWording.body(notification.kind(), baseUrl + notification.path());
        try {
            for (Recipient recipient : audience) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.from());
                message.setTo(recipient.email());
                message.setSubject(wording.subject());
                message.setText(body);
                sender.send(message);
            }
        } catch (MailException e) {
            throw new NotSent(FailureReason.MAIL_SERVER_FAILED);
        }
    }

    private List<Recipient> audience(NotificationRequested.Audience audience) {
        return switch (audience) {
            case NotificationRequested.Audience.Users users -> recipients.users(users.userIds());
            case NotificationRequested.Audience.RoleHolders holders -> recipients.holders(holders.organisation(), holders.role());
        };
    }

    private static JavaMailSenderImpl sender(NotificationProperties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.smtpHost());
        sender.setPort(properties.smtpPort());
        if (!properties.smtpUsername().isEmpty()) {
            sender.setUsername(properties.smtpUsername());
            sender.setPassword(properties.smtpPassword());
        }
        Properties mail = sender.getJavaMailProperties();
        String timeout = Long.toString(properties.smtpTimeout().toMillis());
        // A hung mail server must not hold a retry job's lock, or a listener thread, for ever.
        mail.setProperty("mail.smtp.connectiontimeout", timeout);
        mail.setProperty("mail.smtp.timeout", timeout);
        mail.setProperty("mail.smtp.writetimeout", timeout);
        mail.setProperty("mail.smtp.auth", Boolean.toString(!properties.smtpUsername().isEmpty()));
        mail.setProperty("mail.smtp.starttls.enable", Boolean.toString(properties.smtpStartTls()));
        mail.setProperty("mail.smtp.starttls.required", Boolean.toString(properties.smtpStartTls()));
        return sender;
    }
}

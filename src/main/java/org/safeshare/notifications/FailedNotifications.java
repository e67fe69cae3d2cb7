package org.safeshare.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.accounts.MailRecipients;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.notifications.delivery.Mailer;
import org.safeshare.notifications.delivery.NotificationListener;
import org.safeshare.notifications.delivery.NotificationRetries;
import org.safeshare.notifications.domain.FailureReason;
import org.safeshare.notifications.persistence.Outbox;
import org.safeshare.notifications.persistence.Outbox.Unsent;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dead-letter view: notifications to a partnership's organisations that have not been sent, for its partnership
 * administrator, who can try one again now (audited). Another partnership's notifications are "not found".
 */
@Service
@Transactional
public class FailedNotifications {

    private final Outbox outbox;
    private final NotificationRetries retries;
    private final Mailer mailer;
    private final MailRecipients recipients;
    private final Organisations organisations;
    private final NotificationProperties properties;
    private final Audit audit;
    private final Clock clock;

    FailedNotifications(Outbox outbox, NotificationRetries retries, Mailer mailer, MailRecipients recipients, Organisations organisations,
            NotificationProperties properties, Audit audit, Clock clock) {
        this.outbox = outbox;
        this.retries = retries;
        this.mailer = mailer;
        this.recipients = recipients;
        this.organisations = organisations;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether emails can be sent at all (otherwise every notification waits). */
    @Transactional(readOnly = true)
    public boolean mailConfigured() {
        return mailer.configured();
    }

    /** Unsent notifications to the administrator's partnership, oldest first. */
    @Transactional(readOnly = true)
    public List<FailedNotification> of(Actor admin) {
        requirePartnershipAdministrator(admin);
        return visible(admin, outbox.unsent(NotificationListener.ID, clock.instant().minus(properties.staleAfter())));
    }

    /** Tries one now; answers why it was not sent, or empty if it was. */
    public Optional<FailureReason> retry(Actor admin, UUID id) {
        requirePartnershipAdministrator(admin);
        Unsent unsent = outbox.lock(NotificationListener.ID, id)
                .filter(u -> !visible(admin, List.of(u)).isEmpty())
                .orElseThrow(() -> new NotFoundException("Notification"));
        audit.record(AuditEvent.of(admin, AuditAction.NOTIFICATION_RETRIED).touching(new RecordRef(RecordRef.Kind.NOTIFICATION, id)));
        return retries.attempt(unsent, clock.instant());
    }

    private List<FailedNotification> visible(Actor admin, List<Unsent> unsent) {
        Set<UUID> partnership = new HashSet<>();
        for (Organisation organisation : organisations.directory(admin)) {
            partnership.add(organisation.id().value());
        }
        List<FailedNotification> read = new ArrayList<>();
        Set<UUID> users = new HashSet<>();
        for (Unsent u : unsent) {
            NotificationRequested notification = u.notification().orElse(null);
            if (notification != null && notification.audience() instanceof NotificationRequested.Audience.Users named) {
                users.addAll(named.userIds());
            }
            read.add(new FailedNotification(u.id(), notification == null ? null : notification.kind(), u.published(), u.attempts(),
                    properties.retryPolicy().givenUp(u.attempts()), reason(u), notification));
        }
        Set<UUID> partnershipUsers = new HashSet<>();
        recipients.users(users).stream().filter(r -> partnership.contains(r.organisationId())).forEach(r -> partnershipUsers.add(r.id()));
        return read.stream().filter(f -> f.notification() != null && switch (f.notification().audience()) {
            case NotificationRequested.Audience.RoleHolders holders -> partnership.contains(holders.organisation().value());
            case NotificationRequested.Audience.Users named -> named.userIds().stream().anyMatch(partnershipUsers::contains);
        }).toList();
    }

    private FailureReason reason(Unsent unsent) {
        return mailer.configured() ? unsent.lastFailure().orElse(FailureReason.MAIL_SERVER_FAILED) : FailureReason.MAIL_NOT_CONFIGURED;
    }

    private static void requirePartnershipAdministrator(Actor actor) {
        if (!actor.has(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new AccessDeniedException("not a partnership administrator");
        }
    }

    /** One unsent notification as the dead-letter page lists it: what kind, when, how often tried, and why not sent. */
    public record FailedNotification(UUID id, NotificationKind kind, Instant published, int attempts, boolean givenUp,
            FailureReason reason, NotificationRequested notification) {}
}

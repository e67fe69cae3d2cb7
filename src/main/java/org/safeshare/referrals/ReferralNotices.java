package org.safeshare.referrals;

import java.util.Set;
import java.util.UUID;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Asks for a referral's notifications in the caller's transaction: the Modulith event registry stores them with the
 * referral, so a crash after commit loses neither (the notifications module resends what was not sent). Each names no
 * one: it links to the referral's page, which checks the reader's access after sign-in.
 */
@Component
class ReferralNotices {

    private final ApplicationEventPublisher events;

    ReferralNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Tells the receiving MASH's officers. */
    void tellMash(UUID receivingOrganisation, NotificationKind kind, UUID referral) {
        events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.RoleHolders(new OrganisationId(receivingOrganisation),
                Role.MASH_OFFICER), kind, path(referral)));
    }

    /** An overdue decision goes to the MASH's officers and to its organisation's DSLs, who manage the MASH's work. */
    void escalate(UUID receivingOrganisation, UUID referral) {
        tellMash(receivingOrganisation, NotificationKind.REFERRAL_OVERDUE, referral);
        events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.RoleHolders(new OrganisationId(receivingOrganisation),
                Role.DESIGNATED_SAFEGUARDING_LEAD), NotificationKind.REFERRAL_OVERDUE, path(referral)));
    }

    /** Tells the referrer and their organisation's DSLs (Working Together 2023: feedback to the referrer). */
    void tellReferrer(UUID referredBy, UUID referringOrganisation, NotificationKind kind, UUID referral) {
        events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.Users(Set.of(referredBy)), kind, path(referral)));
        events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.RoleHolders(new OrganisationId(referringOrganisation),
                Role.DESIGNATED_SAFEGUARDING_LEAD), kind, path(referral)));
    }

    void tellUser(UUID user, NotificationKind kind, UUID referral) {
        events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.Users(Set.of(user)), kind, path(referral)));
    }

    static String path(UUID referral) {
        return "/referrals/" + referral;
    }
}

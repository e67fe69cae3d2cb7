package org.safeshare.consent;

import java.util.List;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.consent.persistence.ConsentRepository;
import org.safeshare.consent.persistence.NoticeRepository;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organisation's DSL and practitioners need to act on: withdrawals of consent they received
 * information on, and their own consents expiring in the next 30 days or withdrawn in the last 30.
 */
@Service
@Transactional(readOnly = true)
public class ConsentNotices {

    static final int DAYS_AHEAD = 30;

    private final NoticeRepository notices;
    private final ConsentRepository consents;
    private final Consents guarded;
    private final ViewAudit views;

    ConsentNotices(NoticeRepository notices, ConsentRepository consents, Consents guarded, ViewAudit views) {
        this.notices = notices;
        this.consents = consents;
        this.guarded = guarded;
        this.views = views;
    }

    /** A notice is for its recipient organisation only. It names the person, so reading the list is a view of each. */
    public List<WithdrawalNotice> withdrawalsReceived(Actor actor) {
        requirePeopleRole(actor);
        List<WithdrawalNotice> received = notices.forRecipient(actor.organisationId(), 100);
        AuditEvent read = AuditEvent.of(actor, AuditAction.CONSENT_VIEWED);
        for (WithdrawalNotice notice : received) {
            read = read.touching(new RecordRef(RecordRef.Kind.CONSENT, notice.consentId().value()))
                    .touching(RecordRef.decision(notice.decisionId()));
        }
        if (!received.isEmpty()) {
            views.viewed(read);
        }
        return received;
    }

    public List<ConsentRecord> expiringSoon(Actor actor) {
        requirePeopleRole(actor);
        return consents.expiring(actor.organisationId(), guarded.today(), guarded.today().plusDays(DAYS_AHEAD)).stream()
                .map(id -> guarded.view(actor, id)).toList();
    }

    public List<ConsentRecord> recentlyWithdrawn(Actor actor) {
        requirePeopleRole(actor);
        return consents.withdrawnSince(actor.organisationId(), guarded.today().minusDays(DAYS_AHEAD)).stream()
                .map(id -> guarded.view(actor, id)).toList();
    }

    private static void requirePeopleRole(Actor actor) {
        if (!actor.worksWithPeople()) {
            throw new NotFoundException("Consent");
        }
    }
}

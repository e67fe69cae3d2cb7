package org.safeshare.consent;

import java.util.List;
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

    ConsentNotices(NoticeRepository notices, ConsentRepository consents, Consents guarded) {
        this.notices = notices;
        this.consents = consents;
        this.guarded = guarded;
    }

    /** A notice is for its recipient organisation only. */
    public List<WithdrawalNotice> withdrawalsReceived(Actor actor) {
        requirePeopleRole(actor);
        return notices.forRecipient(actor.organisationId(), 100);
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

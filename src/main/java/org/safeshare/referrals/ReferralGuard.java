package org.safeshare.referrals;

import java.util.UUID;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.referrals.domain.ReferralAccess;
import org.safeshare.referrals.persistence.ReferralRepository;
import org.safeshare.referrals.persistence.ReferralRepository.StoredReferral;
import org.safeshare.referrals.persistence.ReferralWork;
import org.springframework.stereotype.Component;

/**
 * The one guarded entry to a referral: a referral the caller may not see ({@link ReferralAccess}), or none, is "not
 * found" and the attempt audited as refused; so is a change by someone on the wrong side of it.
 */
@Component
class ReferralGuard {

    private final ReferralRepository referrals;
    private final ReferralWork work;
    private final ViewAudit views;

    ReferralGuard(ReferralRepository referrals, ReferralWork work, ViewAudit views) {
        this.referrals = referrals;
        this.work = work;
        this.views = views;
    }

    /** A referral and the reader's place in it. */
    record Seen(StoredReferral referral, ReferralAccess.Reader reader, ReferralAccess.Parties parties) {
        boolean atTheMash() {
            return ReferralAccess.atTheMash(reader, parties);
        }

        boolean onReferrersSide() {
            return ReferralAccess.onReferrersSide(reader, parties);
        }
    }

    Seen readable(Actor actor, ReferralId id) {
        Seen seen = load(actor, id, false);
        if (seen == null || !ReferralAccess.maySee(seen.reader(), seen.parties())) {
            throw refused(actor, id, AuditAction.REFERRAL_VIEWED);
        }
        return seen;
    }

    /** For a change by the MASH: the row locked, and "not found" to anyone but the receiving MASH. */
    Seen forTheMash(Actor actor, ReferralId id, AuditAction action) {
        Seen seen = load(actor, id, true);
        if (seen == null || !seen.atTheMash()) {
            throw refused(actor, id, action);
        }
        return seen;
    }

    /** For a change by the referrer's side: "not found" to anyone else. */
    Seen forTheReferrer(Actor actor, ReferralId id, AuditAction action) {
        Seen seen = load(actor, id, true);
        if (seen == null || !seen.onReferrersSide()) {
            throw refused(actor, id, action);
        }
        return seen;
    }

    private Seen load(Actor actor, ReferralId id, boolean lock) {
        var found = lock ? referrals.lock(id.value()) : referrals.find(id.value());
        return found.map(r -> new Seen(r, reader(actor), new ReferralAccess.Parties(r.referredBy(), r.referringOrganisationId(),
                r.receivingOrganisationId(), work.involved(r.id())))).orElse(null);
    }

    private NotFoundException refused(Actor actor, ReferralId id, AuditAction action) {
        views.refused(AuditEvent.of(actor, action).touching(ref(id.value())));
        return new NotFoundException("Referral");
    }

    static ReferralAccess.Reader reader(Actor actor) {
        return new ReferralAccess.Reader(actor.id(), actor.organisationId(), actor.has(Role.DESIGNATED_SAFEGUARDING_LEAD),
                actor.has(Role.MASH_OFFICER), actor.has(Role.API_CLIENT));
    }

    static RecordRef ref(UUID referral) {
        return new RecordRef(RecordRef.Kind.REFERRAL, referral);
    }
}

package org.safeshare.referrals;

import java.util.Set;
import java.util.UUID;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.referrals.domain.ReferralAccess;
import org.safeshare.referrals.persistence.ReferralRepository.StoredReferral;
import org.safeshare.referrals.persistence.ReferralRepository;
import org.safeshare.referrals.persistence.ReferralWork;
import org.safeshare.referrals.persistence.WholeReferrals;
import org.springframework.stereotype.Component;

/**
 * The one guarded entry to a referral: a referral the caller may not see ({@link ReferralAccess}), or none, is "not
 * found" and the attempt audited as refused; so is a change by someone on the wrong side of it.
 */
@Component
class ReferralGuard {

    private final ReferralRepository referrals;
    private final ReferralWork work;
    private final WholeReferrals wholes;
    private final ViewAudit views;

    ReferralGuard(ReferralRepository referrals, ReferralWork work, WholeReferrals wholes, ViewAudit views) {
        this.referrals = referrals;
        this.work = work;
        this.wholes = wholes;
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

    /** A referral the reader may see and everything done on it, read in one statement (the access rule needs the requests too). */
    record Read(Seen seen, WholeReferrals.Whole whole) {}

    Read readable(Actor actor, ReferralId id) {
        WholeReferrals.Whole whole = wholes.find(id.value()).orElse(null);
        Seen seen = whole == null ? null : seen(actor, whole.referral(), whole.involved());
        if (seen == null || !ReferralAccess.maySee(seen.reader(), seen.parties())) {
            throw refused(actor, id, AuditAction.REFERRAL_VIEWED);
        }
        return new Read(seen, whole);
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
        return found.map(r -> seen(actor, r, work.involved(r.id()))).orElse(null);
    }

    private static Seen seen(Actor actor, StoredReferral r, Set<UUID> involved) {
        return new Seen(r, reader(actor), new ReferralAccess.Parties(r.referredBy(), r.referringOrganisationId(), r.receivingOrganisationId(),
                involved));
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

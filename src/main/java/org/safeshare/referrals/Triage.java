package org.safeshare.referrals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.exchange.InformationRequests;
import org.safeshare.exchange.NewInformationRequest;
import org.safeshare.exchange.RequestChange;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.platform.security.Actor;
import org.safeshare.referrals.domain.Outcome;
import org.safeshare.referrals.persistence.ReferralRepository;
import org.safeshare.referrals.persistence.ReferralWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MASH's work on a referral: its RAG rating (each with a recorded rationale, the history kept), information requests
 * to partners through the exchange (kept linked to the referral), and the decision with its reasons, which the referrer
 * and their DSLs are told of (Working Together to Safeguard Children 2023: feedback to the referrer). Only the receiving
 * MASH may do any of it; to anyone else the referral is "not found".
 */
@Service
@Transactional
public class Triage {

    private final ReferralGuard guard;
    private final ReferralRepository referrals;
    private final ReferralWork work;
    private final InformationRequests requests;
    private final ReferralNotices notices;
    private final Audit audit;
    private final Clock clock;

    Triage(ReferralGuard guard, ReferralRepository referrals,
            ReferralWork work, InformationRequests requests, ReferralNotices notices, Audit audit,
            Clock clock) {
        this.guard = guard;
        this.referrals = referrals;
        this.work = work;
        this.requests = requests;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    public ReferralChange rate(Actor actor, ReferralId id, Assessment.RatingGiven given) {
        ReferralGuard.Seen seen = guard.forTheMash(actor, id, AuditAction.REFERRAL_RATED);
        List<ReferralProblem> problems = new ArrayList<>();
        if (given.rating() == null) {
            problems.add(new ReferralProblem("rating", "Select a rating: red, amber or green"));
        }
        ReferralRules.required(problems, "rationale", given.rationale(), seen.referral().rating().isPresent()
                ? "Enter why the rating changes" : "Enter the rationale for the rating");
        if (!problems.isEmpty()) {
            return new ReferralChange.Refused(problems);
        }
        referrals.rate(id.value(), given.rating(), given.rationale().trim(), actor.id(), actor.displayName(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.REFERRAL_RATED).touching(ReferralGuard.ref(id.value())));
        return new ReferralChange.Done(id);
    }

    public ReferralChange decide(Actor actor, ReferralId id, Assessment.DecisionMade made) {
        ReferralGuard.Seen seen = guard.forTheMash(actor, id, AuditAction.REFERRAL_DECIDED);
        List<ReferralProblem> problems = new ArrayList<>();
        if (seen.referral().decision().isPresent()) {
            problems.add(new ReferralProblem("outcome", "This referral already has a decision"));
        } else if (made.outcome() == null || !Outcome.openTo(seen.referral().type()).contains(made.outcome())) {
            problems.add(new ReferralProblem("outcome", "Select the decision"));
        }
        ReferralRules.required(problems, "reasons", made.reasons(), "Enter the reasons for the decision");
        if (made.outcome() == Outcome.SIGNPOST) {
            ReferralRules.required(problems, "signpostedTo", made.signpostedTo(), "Enter the agency the family is signposted to");
        }
        if (!problems.isEmpty()) {
            return new ReferralChange.Refused(problems);
        }
        String signposted = made.outcome() == Outcome.SIGNPOST ? made.signpostedTo().trim() : null;
        referrals.decide(id.value(), made.outcome(), made.reasons().trim(), signposted, actor.id(), actor.displayName(), clock.instant());
        notices.tellReferrer(seen.referral().referredBy(), seen.referral().referringOrganisationId(), NotificationKind.REFERRAL_DECIDED,
                id.value());
        audit.record(AuditEvent.of(actor, AuditAction.REFERRAL_DECIDED).touching(ReferralGuard.ref(id.value())));
        return new ReferralChange.Done(id);
    }

    /**
     * Asks partners for information about the referral's child through the exchange, about the MASH's own record of the
     * child (the exchange's guarded read), and keeps the request linked to the referral: the organisations asked then
     * see the referral too.
     */
    public ReferralChange askPartners(Actor actor, ReferralId id, NewInformationRequest asked) {
        guard.forTheMash(actor, id, AuditAction.REFERRAL_PARTNERS_ASKED);
        return switch (requests.send(actor, asked)) {
            case RequestChange.Refused refused -> new ReferralChange.Refused(refused.problems().stream()
                    .map(p -> new ReferralProblem(p.field(), p.message())).toList());
            case RequestChange.Done done -> {
                work.linkRequest(id.value(), done.id().value(), asked.addressees().stream().map(NewInformationRequest.Addressee::organisationId).toList(),
                        clock.instant());
                audit.record(AuditEvent.of(actor, AuditAction.REFERRAL_PARTNERS_ASKED).touching(ReferralGuard.ref(id.value()))
                        .touching(new org.safeshare.audit.RecordRef(org.safeshare.audit.RecordRef.Kind.REQUEST, done.id().value())));
                yield new ReferralChange.Done(id);
            }
        };
    }
}

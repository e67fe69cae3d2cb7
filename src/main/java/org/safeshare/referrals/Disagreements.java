package org.safeshare.referrals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.platform.security.Actor;
import org.safeshare.referrals.domain.DisagreementLevel;
import org.safeshare.referrals.persistence.ReferralWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referrer (or their DSL) who disagrees with the MASH's decision escalates it under the partnership's resolution of
 * professional disagreements (Working Together to Safeguard Children 2023, chapter 2): a reason and the level it goes
 * to; the MASH answers. Both are recorded on the referral, which both sides see.
 */
@Service
@Transactional
public class Disagreements {

    private final ReferralGuard guard;
    private final ReferralWork work;
    private final ReferralNotices notices;
    private final Audit audit;
    private final Clock clock;

    Disagreements(ReferralGuard guard, ReferralWork work, ReferralNotices notices, Audit audit, Clock clock) {
        this.guard = guard;
        this.work = work;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    public ReferralChange raise(Actor actor, ReferralId id, String reason, DisagreementLevel level) {
        ReferralGuard.Seen seen = guard.forTheReferrer(actor, id, AuditAction.DISAGREEMENT_RAISED);
        List<ReferralProblem> problems = new ArrayList<>();
        if (seen.referral().decision().isEmpty()) {
            problems.add(new ReferralProblem("reason", "You can escalate a disagreement once the MASH has recorded its decision"));
        } else {
            ReferralRules.required(problems, "reason", reason, "Enter why you disagree with the decision");
        }
        if (level == null) {
            problems.add(new ReferralProblem("level", "Select who the disagreement goes to"));
        }
        if (!problems.isEmpty()) {
            return new ReferralChange.Refused(problems);
        }
        work.insertDisagreement(UUID.randomUUID(), id.value(), actor.id(), actor.displayName(), clock.instant(), reason.trim(), level);
        notices.tellMash(seen.referral().receivingOrganisationId(), NotificationKind.REFERRAL_DISAGREEMENT_RAISED, id.value());
        audit.record(AuditEvent.of(actor, AuditAction.DISAGREEMENT_RAISED).touching(ReferralGuard.ref(id.value())));
        return new ReferralChange.Done(id);
    }

    public ReferralChange answer(Actor actor, ReferralId id, UUID disagreement, String answer) {
        guard.forTheMash(actor, id, AuditAction.DISAGREEMENT_ANSWERED);
        List<ReferralProblem> problems = new ArrayList<>();
        ReferralRules.required(problems, "answer", answer, "Enter the answer to the disagreement");
        if (!problems.isEmpty()) {
            return new ReferralChange.Refused(problems);
        }
        var raisedBy = work.answer(id.value(), disagreement, answer.trim(), actor.id(), actor.displayName(), clock.instant());
        if (raisedBy.isEmpty()) {
            return new ReferralChange.Refused(List.of(new ReferralProblem("answer", "This disagreement already has an answer")));
        }
        notices.tellUser(raisedBy.get(), NotificationKind.REFERRAL_DISAGREEMENT_ANSWERED, id.value());
        audit.record(AuditEvent.of(actor, AuditAction.DISAGREEMENT_ANSWERED).touching(ReferralGuard.ref(id.value())));
        return new ReferralChange.Done(id);
    }
}

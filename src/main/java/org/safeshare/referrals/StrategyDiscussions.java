package org.safeshare.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.platform.security.Actor;
import org.safeshare.referrals.domain.Agency;
import org.safeshare.referrals.persistence.ReferralWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategy discussions (Children Act 1989 s47; Working Together to Safeguard Children 2023, chapter 4) recorded by the
 * MASH as a meeting on the referral: who attended for police, social care, health and education, what was shared, and
 * what was decided.
 */
@Service
@Transactional
public class StrategyDiscussions {

    /** Working Together 2023 asks for at least these agencies at a strategy discussion (education as the referring school). */
    static final Set<Agency> REQUIRED = EnumSet.of(Agency.POLICE, Agency.SOCIAL_CARE, Agency.HEALTH, Agency.EDUCATION);

    private final ReferralGuard guard;
    private final ReferralWork work;
    private final Audit audit;
    private final Clock clock;

    StrategyDiscussions(ReferralGuard guard, ReferralWork work, Audit audit, Clock clock) {
        this.guard = guard;
        this.work = work;
        this.audit = audit;
        this.clock = clock;
    }

    /** A strategy discussion as the MASH records it. */
    public record NewMeeting(LocalDate heldOn, List<Referral.Attendee> attendees, String shared, String decision) {
        public NewMeeting {
            attendees = attendees == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(attendees));
        }
    }

    public ReferralChange record(Actor actor, ReferralId id, NewMeeting meeting) {
        guard.forTheMash(actor, id, AuditAction.STRATEGY_DISCUSSION_RECORDED);
        List<ReferralProblem> problems = problemsWith(meeting, LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))));
        if (!problems.isEmpty()) {
            return new ReferralChange.Refused(problems);
        }
        UUID meetingId = UUID.randomUUID();
        List<Referral.Attendee> attendees = meeting.attendees().stream()
                .map(a -> new Referral.Attendee(a.name().trim(), a.agency(), a.organisation() == null ? "" : a.organisation().trim())).toList();
        work.insertMeeting(meetingId, id.value(), meeting.heldOn(), attendees, meeting.shared().trim(), meeting.decision().trim(),
                actor.id(), actor.displayName(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.STRATEGY_DISCUSSION_RECORDED).touching(ReferralGuard.ref(id.value()))
                .touching(new RecordRef(RecordRef.Kind.MEETING, meetingId)));
        return new ReferralChange.Done(id);
    }

    static List<ReferralProblem> problemsWith(NewMeeting meeting, LocalDate today) {
        List<ReferralProblem> problems = new ArrayList<>();
        if (meeting.heldOn() == null || meeting.heldOn().isAfter(today)) {
            problems.add(new ReferralProblem("heldOn", "Enter the date the discussion was held, today or earlier"));
        }
        boolean unnamed = meeting.attendees().stream().anyMatch(a -> a == null || a.agency() == null || a.name() == null || a.name().isBlank());
        Set<Agency> present = EnumSet.noneOf(Agency.class);
        meeting.attendees().stream().filter(a -> a != null && a.agency() != null).forEach(a -> present.add(a.agency()));
        if (unnamed) {
            problems.add(new ReferralProblem("attendees", "Enter each attendee's name and agency"));
        } else if (!present.containsAll(REQUIRED)) {
            problems.add(new ReferralProblem("attendees",
                    "Enter an attendee from each of police, social care, health and education (Working Together to Safeguard Children 2023)"));
        }
        ReferralRules.required(problems, "shared", meeting.shared(), "Enter what was shared");
        ReferralRules.required(problems, "decision", meeting.decision(), "Enter what the strategy discussion decided");
        return problems;
    }
}

package org.safeshare.referrals;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.actions.subjects.ActionSubjects;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.actions.subjects.SubjectSummary;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.LondonDates;
import org.safeshare.referrals.persistence.MeetingReferrals;
import org.springframework.stereotype.Component;

/**
 * An action can be set on a referral, or on a strategy discussion held about it, by whoever may read the referral (the
 * referrals module's own guarded, audited read). The description names no one: the action's owner may not see the referral.
 */
@Component
class ReferralsAsActionSubjects implements ActionSubjects {

    private final Referrals referrals;
    private final MeetingReferrals meetings;

    ReferralsAsActionSubjects(Referrals referrals, MeetingReferrals meetings) {
        this.referrals = referrals;
        this.meetings = meetings;
    }

    @Override
    public Set<SubjectKind> kinds() {
        return Set.of(SubjectKind.REFERRAL, SubjectKind.MEETING);
    }

    @Override
    public Optional<SubjectSummary> visibleTo(SubjectKind kind, UUID id, Actor actor) {
        if (kind == SubjectKind.REFERRAL) {
            Referral referral = referrals.view(actor, new ReferralId(id));
            return Optional.of(new SubjectSummary("Referral from " + referral.referringOrganisation() + " received on "
                    + LondonDates.date(referral.receivedAt()), "/referrals/" + id, Optional.empty()));
        }
        Optional<UUID> referralId = meetings.referralOf(id);
        if (referralId.isEmpty()) {
            return Optional.empty();
        }
        Referral referral = referrals.view(actor, new ReferralId(referralId.get()));
        return referral.meetings().stream().filter(m -> m.id().equals(id)).findFirst()
                .map(m -> new SubjectSummary("Strategy discussion held on " + LondonDates.date(m.heldOn()),
                        "/referrals/" + referralId.get(), Optional.empty()));
    }
}

package org.safeshare.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.actions.ActionChange;
import org.safeshare.actions.ActionReading;
import org.safeshare.actions.ActionSetting;
import org.safeshare.actions.NewAction;
import org.safeshare.actions.OwnerRef;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.referrals.domain.Agency;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The MASH gives the health visitor an action on a referral and on the strategy discussion held about it; the referrals
 * module decides who may (its own guarded read), so an organisation that cannot see the referral cannot set one (and an
 * administrator, who works with no one's records, may set none).
 */
@SafeshareTest
class ActionsOnReferralsTest {

    private static final String HEALTH_VISITOR = "health.visitor@riverside-health.example";

    @Autowired Referrals referrals;
    @Autowired StrategyDiscussions discussions;
    @Autowired ActionSetting setting;
    @Autowired ActionReading reading;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private NewAction forHealthVisitor(SubjectKind kind, UUID subject) {
        Actor visitor = signedIn.actor(HEALTH_VISITOR);
        return new NewAction(kind, subject, new OwnerRef(OwnerRef.Kind.USER, visitor.organisationId(), visitor.id()),
                "Visit the family this week", "A home visit is recorded and what was seen is shared with the MASH", LocalDate.now().plusDays(3));
    }

    @Test
    void theMashSetsActionsOnAReferralAndItsStrategyDiscussionAndNobodyOutsideCan() {
        ReferralId id = new ReferralFixture(jdbc, signedIn).sent(referrals);
        Actor mash = signedIn.actor(ReferralFixture.MASH);
        discussions.record(mash, id, new StrategyDiscussions.NewMeeting(LocalDate.now(), List.of(
                new Referral.Attendee("DC Jo Turner", Agency.POLICE, "Riverside Police"),
                new Referral.Attendee("Lena Novak", Agency.SOCIAL_CARE, "Riverside MASH"),
                new Referral.Attendee("Dr Emma Shaw", Agency.HEALTH, "Brook Lane Surgery"),
                new Referral.Attendee("Dana Shah", Agency.EDUCATION, "Oakfield Primary School")),
                "What each agency knows", "Section 47 enquiry"));
        UUID meeting = referrals.view(mash, id).meetings().getFirst().id();

        var onReferral = setting.set(mash, forHealthVisitor(SubjectKind.REFERRAL, id.value()));
        var onMeeting = setting.set(mash, forHealthVisitor(SubjectKind.MEETING, meeting));

        assertThat(onReferral).isInstanceOf(ActionChange.Done.class);
        assertThat(onMeeting).isInstanceOf(ActionChange.Done.class);
        var action = reading.view(signedIn.actor(HEALTH_VISITOR), ((ActionChange.Done) onMeeting).id());
        assertThat(action.subjectDescription()).startsWith("Strategy discussion held on").doesNotContain("Ava");
        for (String outsider : ReferralFixture.OUTSIDERS) {
            assertThatThrownBy(() -> setting.set(signedIn.actor(outsider), forHealthVisitor(SubjectKind.REFERRAL, id.value())))
                    .as(outsider).isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
            assertThatThrownBy(() -> setting.set(signedIn.actor(outsider), forHealthVisitor(SubjectKind.MEETING, meeting)))
                    .as(outsider).isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        }
    }
}

package org.safeshare.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.exchange.NewInformationRequest;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.referrals.domain.Agency;
import org.safeshare.referrals.domain.DisagreementLevel;
import org.safeshare.referrals.domain.Outcome;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the referral: the MASH asks partners through the exchange, holds a strategy discussion, decides; the referrer
 * disagrees and is answered; an undecided referral escalates once; and the referral never exists without its notice.
 */
@SafeshareTest
@RecordApplicationEvents
class ReferralFollowUpTest {

    @Autowired Referrals referrals;
    @Autowired Triage triage;
    @Autowired StrategyDiscussions discussions;
    @Autowired Disagreements disagreements;
    @Autowired OverdueReferrals overdue;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired TransactionTemplate transaction;

    private ReferralFixture fixture;
    private ReferralId id;

    @BeforeEach
    void sent() {
        fixture = new ReferralFixture(jdbc, signedIn);
        id = fixture.sent(referrals);
    }

    private Actor actor(String email) {
        return signedIn.actor(email);
    }

    @Test
    void partnersTheMashAsksThroughTheExchangeSeeTheReferralAndTheRequestStaysLinked() {
        Actor mash = actor(ReferralFixture.MASH);
        assertThatThrownBy(() -> referrals.view(actor(ReferralFixture.GP_DSL), id)).isInstanceOf(NotFoundException.class);
        NewInformationRequest asked = new NewInformationRequest(fixture.ava(ReferralFixture.MASH), PurposeCategory.SAFEGUARDING,
                "Referral from school", "UK GDPR Article 6(1)(e); Children Act 1989 section 47", true, Urgency.RED,
                List.of("Is Ava known to you?"), List.of(new NewInformationRequest.Addressee(fixture.organisation("Brook Lane Surgery"), null),
                        new NewInformationRequest.Addressee(fixture.organisation("Riverside Police Public Protection Unit"), null)));
        assertThat(triage.askPartners(mash, id, asked)).isInstanceOf(ReferralChange.Done.class);

        Referral seen = referrals.view(mash, id);
        assertThat(seen.requests()).singleElement().satisfies(r -> assertThat(r.organisations())
                .containsExactlyInAnyOrder("Brook Lane Surgery", "Riverside Police Public Protection Unit"));
        assertThat(referrals.view(actor(ReferralFixture.GP_DSL), id).atTheMash()).isFalse();
        assertThatThrownBy(() -> referrals.view(actor("dsl@riverside-academy.example"), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStrategyDiscussionNeedsPoliceSocialCareHealthAndEducationAndWhatWasSharedAndDecided() {
        Actor mash = actor(ReferralFixture.MASH);
        var partial = new StrategyDiscussions.NewMeeting(LocalDate.now(), List.of(new Referral.Attendee("DC Jo Turner", Agency.POLICE, ""),
                new Referral.Attendee("Lena Novak", Agency.SOCIAL_CARE, "Riverside MASH")), "", "");
        assertThat(((ReferralChange.Refused) discussions.record(mash, id, partial)).problems()).extracting(ReferralProblem::field)
                .containsExactly("attendees", "shared", "decision");
        var held = new StrategyDiscussions.NewMeeting(LocalDate.now(), List.of(new Referral.Attendee("DC Jo Turner", Agency.POLICE, ""),
                new Referral.Attendee("Lena Novak", Agency.SOCIAL_CARE, "Riverside MASH"),
                new Referral.Attendee("Dr Emma Shaw", Agency.HEALTH, "Brook Lane Surgery"),
                new Referral.Attendee("Dana Shah", Agency.EDUCATION, "Oakfield Primary School")),
                "GP: two attendances for injuries this year. Police: a caution for assault against the boyfriend.",
                "Section 47 enquiry; joint visit today");
        assertThat(discussions.record(mash, id, held)).isInstanceOf(ReferralChange.Done.class);
        assertThat(referrals.view(actor(ReferralFixture.OAKFIELD_DSL), id).meetings()).singleElement()
                .satisfies(m -> assertThat(m.attendees()).hasSize(4));
        assertThatThrownBy(() -> discussions.record(actor(ReferralFixture.OAKFIELD_DSL), id, held)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReferrerWhoDisagreesEscalatesWithAReasonAndTheMashAnswersBothSidesSeeIt() {
        Actor dsl = actor(ReferralFixture.OAKFIELD_DSL);
        var early = (ReferralChange.Refused) disagreements.raise(dsl, id, "Too early", DisagreementLevel.TEAM_MANAGER);
        assertThat(early.problems()).extracting(ReferralProblem::field).containsExactly("reason");
        triage.decide(actor(ReferralFixture.MASH), id, new Assessment.DecisionMade(Outcome.NO_FURTHER_ACTION, "Explained by a fall", null));
        var noReason = (ReferralChange.Refused) disagreements.raise(dsl, id, " ", null);
        assertThat(noReason.problems()).extracting(ReferralProblem::field).containsExactly("reason", "level");
        assertThatThrownBy(() -> disagreements.raise(actor("dsl@riverside-academy.example"), id, "x", DisagreementLevel.TEAM_MANAGER))
                .isInstanceOf(NotFoundException.class);
        assertThat(disagreements.raise(dsl, id, "The bruises are grip marks, not a fall", DisagreementLevel.TEAM_MANAGER))
                .isInstanceOf(ReferralChange.Done.class);
        UUID disagreement = referrals.view(actor(ReferralFixture.MASH), id).disagreements().getFirst().id();
        assertThat(disagreements.answer(actor(ReferralFixture.MASH), id, disagreement, "Reopened: strategy discussion today"))
                .isInstanceOf(ReferralChange.Done.class);
        assertThat(referrals.view(dsl, id).disagreements()).singleElement()
                .satisfies(d -> assertThat(d.answer()).contains("Reopened: strategy discussion today"));
        assertThat(events.stream(NotificationRequested.class).filter(n -> n.path().equals("/referrals/" + id)).map(NotificationRequested::kind))
                .contains(NotificationKind.REFERRAL_DISAGREEMENT_RAISED, NotificationKind.REFERRAL_DISAGREEMENT_ANSWERED);
    }

    @Test
    void aReferralWithNoDecisionOneWorkingDayLaterEscalatesOnce() {
        jdbc.sql("update referral set decision_due_at = ? where decided_at is null").param(Timestamp.from(Instant.now().minusSeconds(60))).update();
        assertThat(overdue.run()).isPositive();
        assertThat(events.stream(NotificationRequested.class).filter(n -> n.path().equals("/referrals/" + id)
                && n.kind() == NotificationKind.REFERRAL_OVERDUE)).hasSize(2);
        assertThat(overdue.run()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REFERRAL_ESCALATED' and touched like ? and partnership_id = ?")
                .params("%" + id.value() + "%", actor(ReferralFixture.MASH).partnershipId()).query(Long.class).single())
                .as("escalated once, in the partnership's log").isOne();
        assertThat(referrals.view(actor(ReferralFixture.MASH), id).overdue()).isTrue();
        jdbc.sql("update referral set decided_at = decision_due_at, outcome = 'NO_FURTHER_ACTION', outcome_reasons = 'test tidy'"
                + " where decided_at is null").update();
    }

    @Test
    void theReferralAndTheMashNotificationAreWrittenTogetherOrNotAtAll() {
        // Committed: the referral and the notification's entry in the event registry, which a restart resends if unsent.
        ReferralId[] kept = new ReferralId[1];
        transaction.executeWithoutResult(t -> {
            kept[0] = fixture.sent(referrals);
            assertThat(publications(kept[0])).as("stored in the referral's own transaction").isOne();
        });
        assertThat(jdbc.sql("select count(*) from referral where id = ?").param(kept[0].value()).query(Long.class).single()).isOne();
        // Rolled back (the crash before commit): neither the referral nor its notification exists.
        ReferralId[] lost = new ReferralId[1];
        transaction.executeWithoutResult(t -> {
            lost[0] = fixture.sent(referrals);
            t.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from referral where id = ?").param(lost[0].value()).query(Long.class).single()).isZero();
        assertThat(publications(lost[0])).isZero();
    }

    private long publications(ReferralId referral) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?").param("%/referrals/" + referral + "%")
                .query(Long.class).single();
    }
}

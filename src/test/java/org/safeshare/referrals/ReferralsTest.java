package org.safeshare.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.exchange.WorkingTime;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.referrals.domain.FamilyTold;
import org.safeshare.referrals.domain.Outcome;
import org.safeshare.referrals.domain.Rating;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A referral from the school to the MASH: sent, queued, rated, decided, fed back; nobody else finds it. */
@SafeshareTest
@RecordApplicationEvents
class ReferralsTest {

    @Autowired Referrals referrals;
    @Autowired Triage triage;
    @Autowired MashQueue queue;
    @Autowired WorkingTime workingTime;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private ReferralFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ReferralFixture(jdbc, signedIn);
    }

    private Actor actor(String email) {
        return signedIn.actor(email);
    }

    @Test
    void aReferralArrivesInTheMashQueueDueOneWorkingDayLaterWithTheFamilyAndTheMashIsTold() {
        Instant before = Instant.now();
        ReferralId id = fixture.sent(referrals);
        Referral seen = referrals.view(actor(ReferralFixture.MASH), id);
        assertThat(seen.receivingOrganisation()).isEqualTo("Riverside MASH");
        assertThat(seen.subject().name()).contains("Ava");
        assertThat(seen.family()).extracting(Referral.FamilyMember::name).contains("Jane Thompson", "Leo Thompson");
        assertThat(seen.decisionDueAt()).isBetween(workingTime.oneWorkingDayAfter(actor(ReferralFixture.MASH).partnershipId(), before),
                workingTime.oneWorkingDayAfter(actor(ReferralFixture.MASH).partnershipId(), Instant.now()));
        assertThat(seen.atTheMash()).isTrue();
        assertThat(events.stream(NotificationRequested.class).filter(n -> n.path().equals("/referrals/" + id)))
                .singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.REFERRAL_RECEIVED));
        assertThat(queue.queue(actor(ReferralFixture.MASH), 1).lines()).extracting(MashQueue.Line::id).contains(id);
        assertThat(audited(id, "REFERRAL_SENT")).isOne();
    }

    @Test
    void aReferralWithoutTheFactsOrWhatTheFamilySaidIsRefusedNamingTheFieldsAndNothingIsSaved() {
        NewReferral r = fixture.referral();
        long before = count();
        ReferralChange change = referrals.send(actor(ReferralFixture.TEACHER), new NewReferral(r.type(), r.personId(), null, null, " ",
                null, null, r.risk(), FamilyTold.NOT_TOLD, "", null));
        assertThat(((ReferralChange.Refused) change).problems()).extracting(ReferralProblem::field)
                .containsExactly("immediateDanger", "concernFacts", "familyResponse");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aRatingWithoutRationaleIsRefusedAndEveryReRatingKeepsItsReasonInTheHistory() {
        ReferralId id = fixture.sent(referrals);
        Actor mash = actor(ReferralFixture.MASH);
        var refused = (ReferralChange.Refused) triage.rate(mash, id, new Assessment.RatingGiven(Rating.RED, " "));
        assertThat(refused.problems()).extracting(ReferralProblem::field).containsExactly("rationale");
        triage.rate(mash, id, new Assessment.RatingGiven(Rating.RED, "Injuries to a child under 10 with a named adult in the home"));
        var again = (ReferralChange.Refused) triage.rate(mash, id, new Assessment.RatingGiven(Rating.AMBER, null));
        assertThat(again.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("Enter why the rating changes"));
        triage.rate(mash, id, new Assessment.RatingGiven(Rating.AMBER, "The boyfriend has moved out, police confirm"));
        assertThat(referrals.view(mash, id).ratings()).extracting(Referral.RatingEntry::rating).containsExactly(Rating.RED, Rating.AMBER);
    }

    @Test
    void aDecisionWithoutReasonsIsRefusedAndTheDecisionReachesTheReferrerAndTheirDsl() {
        ReferralId id = fixture.sent(referrals);
        Actor mash = actor(ReferralFixture.MASH);
        var refused = (ReferralChange.Refused) triage.decide(mash, id, new Assessment.DecisionMade(Outcome.STRATEGY_DISCUSSION, "", null));
        assertThat(refused.problems()).extracting(ReferralProblem::field).containsExactly("reasons");
        var signpost = (ReferralChange.Refused) triage.decide(mash, id, new Assessment.DecisionMade(Outcome.SIGNPOST, "Not for us", null));
        assertThat(signpost.problems()).extracting(ReferralProblem::field).containsExactly("signpostedTo");
        assertThat(triage.decide(mash, id, new Assessment.DecisionMade(Outcome.STRATEGY_DISCUSSION, "Reasonable cause to suspect significant harm",
                null))).isInstanceOf(ReferralChange.Done.class);
        var twice = (ReferralChange.Refused) triage.decide(mash, id, new Assessment.DecisionMade(Outcome.NO_FURTHER_ACTION, "Changed mind", null));
        assertThat(twice.problems()).extracting(ReferralProblem::field).containsExactly("outcome");

        Referral dsl = referrals.view(actor(ReferralFixture.OAKFIELD_DSL), id);
        assertThat(dsl.decision()).hasValueSatisfying(d -> assertThat(d.reasons()).contains("significant harm"));
        assertThat(dsl.onReferrersSide()).isTrue();
        assertThat(dsl.reReferralOf()).as("the re-referral flag is the MASH's").isEmpty();
        List<NotificationRequested> told = events.stream(NotificationRequested.class)
                .filter(n -> n.path().equals("/referrals/" + id) && n.kind() == NotificationKind.REFERRAL_DECIDED).toList();
        assertThat(told).hasSize(2);
    }

    @Test
    void nobodyElseFindsTheReferralOrMayRateOrDecideIt() {
        ReferralId id = fixture.sent(referrals);
        for (String outsider : ReferralFixture.OUTSIDERS) {
            Actor other = actor(outsider);
            assertThatThrownBy(() -> referrals.view(other, id)).as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> triage.rate(other, id, new Assessment.RatingGiven(Rating.GREEN, "x"))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> triage.decide(other, id, new Assessment.DecisionMade(Outcome.NO_FURTHER_ACTION, "x", null)))
                    .isInstanceOf(NotFoundException.class);
        }
        // The referrer's side sees it but may not act as the MASH.
        assertThatThrownBy(() -> triage.rate(actor(ReferralFixture.OAKFIELD_DSL), id, new Assessment.RatingGiven(Rating.GREEN, "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queue.queue(actor(ReferralFixture.OAKFIELD_DSL), 1)).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REFERRAL_VIEWED' and outcome = 'REFUSED' and touched::text like ?")
                .param("%" + id + "%").query(Long.class).single()).isGreaterThanOrEqualTo(ReferralFixture.OUTSIDERS.size());
    }

    @Test
    void aChildReferredAgainWithinTwelveMonthsIsFlaggedToTheMash() {
        ReferralId first = fixture.sent(referrals);
        ReferralId second = fixture.sent(referrals);
        assertThat(referrals.view(actor(ReferralFixture.MASH), second).reReferralOf()).contains(first.value());
        assertThat(queue.queue(actor(ReferralFixture.MASH), 1).lines()).filteredOn(l -> l.id().equals(second))
                .singleElement().satisfies(l -> assertThat(l.reReferral()).isTrue());
    }

    @Test
    void anAdultAtRiskIsReferredTheSameWayAndDecidedUnderTheCareAct() {
        Actor teacher = actor(ReferralFixture.TEACHER);
        UUID jane = jdbc.sql("select id from person where organisation_id = ? and nhs_number = '9990237581'").param(teacher.organisationId())
                .query(UUID.class).single();
        ReferralId id = ((ReferralChange.Done) referrals.send(teacher, new NewReferral(org.safeshare.referrals.domain.ReferralType.ADULT_SOCIAL_CARE,
                jane, null, false, "Jane has a black eye and says she is not allowed out", null, null, "Domestic abuse", FamilyTold.TOLD_AND_AGREED,
                "Jane agreed to the referral", null))).id();
        Actor mash = actor(ReferralFixture.MASH);
        var children = (ReferralChange.Refused) triage.decide(mash, id, new Assessment.DecisionMade(Outcome.STRATEGY_DISCUSSION, "s47", null));
        assertThat(children.problems()).extracting(ReferralProblem::field).containsExactly("outcome");
        assertThat(triage.decide(mash, id, new Assessment.DecisionMade(Outcome.SECTION_42_ENQUIRY, "Adult at risk of abuse", null)))
                .isInstanceOf(ReferralChange.Done.class);
        assertThat(referrals.view(teacher, id).decision()).hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(Outcome.SECTION_42_ENQUIRY));
    }

    @Test
    void eachReadIsOneAuditedView() {
        ReferralId id = fixture.sent(referrals);
        long before = audited(id, "REFERRAL_VIEWED");
        referrals.view(actor(ReferralFixture.TEACHER), id);
        assertThat(audited(id, "REFERRAL_VIEWED")).isEqualTo(before + 1);
    }

    private long audited(ReferralId id, String action) {
        return jdbc.sql("select count(*) from audit_event where action = ? and outcome = 'DONE' and touched::text like ?")
                .params(action, "%" + id + "%").query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from referral").query(Long.class).single();
    }
}

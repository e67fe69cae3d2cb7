package org.safeshare.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.platform.security.Actor;
import org.safeshare.referrals.domain.Agency;
import org.safeshare.referrals.domain.DisagreementLevel;
import org.safeshare.referrals.domain.Outcome;
import org.safeshare.referrals.domain.Rating;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The MASH queue and the referral, the busiest reads of issue 12's measure (docs/referrals-performance.md), run a short,
 * pinned list of statements that does not grow with the number of referrals in the queue or with the ratings, strategy
 * discussions and disagreements on a referral: under load each statement is a round trip the request waits for.
 * Counted on the service's own connections, through the API (the partner system the bench reads as) and the pages.
 */
@SafeshareTest
class ReferralStatementsTest {

    private static final String MASH_TOKEN = "Bearer demo-mash-token";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired Referrals referrals;
    @Autowired Triage triage;
    @Autowired StrategyDiscussions discussions;
    @Autowired Disagreements disagreements;

    private ReferralFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ReferralFixture(jdbc, signedIn);
    }

    private Statements.Observed api(String path) throws Exception {
        mvc.perform(get(path).header("Authorization", MASH_TOKEN)).andExpect(status().isOk());
        return Statements.observed(() -> mvc.perform(get(path).header("Authorization", MASH_TOKEN)).andExpect(status().isOk()));
    }

    private Statements.Observed page(String path, String user) throws Exception {
        RequestPostProcessor as = signedIn.as(user);
        mvc.perform(get(path).with(as)).andExpect(status().isOk());
        return Statements.observed(() -> mvc.perform(get(path).with(as)).andExpect(status().isOk()));
    }

    /** A referral rated twice, with two strategy discussions, decided, and two open disagreements. */
    private ReferralId worked() {
        ReferralId id = fixture.sent(referrals);
        Actor mash = signedIn.actor(ReferralFixture.MASH);
        triage.rate(mash, id, new Assessment.RatingGiven(Rating.AMBER, "Bruising, no disclosure yet"));
        triage.rate(mash, id, new Assessment.RatingGiven(Rating.RED, "Disclosure of being grabbed"));
        for (int i = 0; i < 2; i++) {
            discussions.record(mash, id, new StrategyDiscussions.NewMeeting(LocalDate.now(), List.of(
                    new Referral.Attendee("DC Jo Turner", Agency.POLICE, ""), new Referral.Attendee("Lena Novak", Agency.SOCIAL_CARE, "Riverside MASH"),
                    new Referral.Attendee("Dr Emma Shaw", Agency.HEALTH, "Brook Lane Surgery"),
                    new Referral.Attendee("Dana Shah", Agency.EDUCATION, "Oakfield Primary School")), "What each knew", "Section 47 enquiry"));
        }
        triage.decide(mash, id, new Assessment.DecisionMade(Outcome.NO_FURTHER_ACTION, "Explained by a fall", null));
        Actor dsl = signedIn.actor(ReferralFixture.OAKFIELD_DSL);
        disagreements.raise(dsl, id, "The bruises are grip marks, not a fall", DisagreementLevel.TEAM_MANAGER);
        disagreements.raise(dsl, id, "She has since said it again", DisagreementLevel.HEAD_OF_SERVICE);
        return id;
    }

    @Test
    void theReferralIsReadWithTheSameStatementsHoweverMuchHasBeenDoneOnIt() throws Exception {
        ReferralId bare = fixture.sent(referrals);
        ReferralId worked = worked();
        Statements.Observed few = api("/api/v1/referrals/" + bare);
        Statements.Observed many = api("/api/v1/referrals/" + worked);
        assertThat(many.statements()).as("statements: %s", many.statements()).hasSameSizeAs(few.statements());
        // The token, the caller's organisation (one row), the referral with everything done on it (one statement: 8
        // before), the organisations' names (kept for a minute: none here, the first read above read them), the view event.
        assertThat(many.statements()).as("statements: %s", many.statements()).hasSizeLessThanOrEqualTo(5)
                .noneMatch(sql -> sql.startsWith("select * from referral_"));
        // Authentication, the guarded read, the view event's own transaction.
        assertThat(many.checkouts()).as("connections taken from the pool").isEqualTo(3);
        Statements.Observed pageFew = page("/referrals/" + bare, ReferralFixture.MASH);
        Statements.Observed pageMany = page("/referrals/" + worked, ReferralFixture.MASH);
        assertThat(pageMany.statements()).as("statements: %s", pageMany.statements()).hasSameSizeAs(pageFew.statements());
    }

    @Test
    void theQueueIsReadWithTheSameStatementsHoweverLongItIs() throws Exception {
        fixture.sent(referrals);
        Statements.Observed few = api("/api/v1/mash/queue");
        for (int i = 0; i < 5; i++) {
            fixture.sent(referrals);
        }
        Statements.Observed many = api("/api/v1/mash/queue");
        assertThat(many.statements()).as("statements: %s", many.statements()).hasSameSizeAs(few.statements());
        // The token, the caller's organisation, the page of the queue, its count, the view event: the partnership's
        // calendar (two statements before) and the referrers' names are kept for a minute.
        assertThat(many.statements()).as("statements: %s", many.statements()).hasSizeLessThanOrEqualTo(5)
                .noneMatch(sql -> sql.contains("exchange_working_hours") || sql.contains("exchange_closure"));
        assertThat(many.checkouts()).as("connections taken from the pool").isEqualTo(3);
        Statements.Observed pageFew = page("/mash/queue", ReferralFixture.MASH);
        fixture.sent(referrals);
        Statements.Observed pageMany = page("/mash/queue", ReferralFixture.MASH);
        assertThat(pageMany.statements()).as("statements: %s", pageMany.statements()).hasSameSizeAs(pageFew.statements());
    }
}

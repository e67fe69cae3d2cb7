package org.safeshare.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The referrals' timeliness dashboard: the MASH sees its own referrals' figures, the partnership's administrator and
 * auditor the partnership's, each chart with its table and its CSV; nobody else finds it; and it names no child.
 */
@SafeshareTest
class TimelinessPagesTest {

    private static final List<String> READERS = List.of(ReferralFixture.MASH, "partnership.admin@riverside-csc.example",
            "auditor@riverside-csc.example");

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired Referrals referrals;

    @Test
    void theMashAndThePartnershipSeeTheFiguresWithTablesAndCsvAndNoChild() throws Exception {
        ReferralId overdue = new ReferralFixture(jdbc, signedIn).sent(referrals);
        jdbc.sql("update referral set decision_due_at = ? where id = ?").params(Timestamp.from(Instant.now().minusSeconds(600)), overdue.value())
                .update();
        for (String reader : READERS) {
            String page = mvc.perform(get("/mash/timeliness").with(signedIn.as(reader))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(reader).contains("Referrals awaiting a decision, by time left", "Past the deadline",
                    "Referrals decided within one working day, by week received", "Re-referrals within 12 months, by week received",
                    "<svg", "<table", "/mash/timeliness/awaiting-a-decision-by-time-left.csv").doesNotContain("Ava", "Thompson");
            String csv = mvc.perform(get("/mash/timeliness/awaiting-a-decision-by-time-left.csv").with(signedIn.as(reader)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(csv).as(reader).startsWith("Time left until the decision is due,Referrals");
            long pastDeadline = Long.parseLong(csv.lines().filter(l -> l.startsWith("Past the deadline,")).findFirst().orElseThrow()
                    .substring("Past the deadline,".length()).trim());
            assertThat(pastDeadline).as(reader).isPositive();
        }
        jdbc.sql("update referral set decided_at = decision_due_at, outcome = 'NO_FURTHER_ACTION', outcome_reasons = 'test tidy'"
                + " where id = ?").param(overdue.value()).update();
    }

    @Test
    void nobodyElseFindsIt() throws Exception {
        for (String outsider : List.of(ReferralFixture.TEACHER, ReferralFixture.OAKFIELD_DSL, "dsl@hillford-primary.example",
                "admin@oakfield-primary.example")) {
            mvc.perform(get("/mash/timeliness").with(signedIn.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/mash/timeliness/re-referrals-by-week.csv").with(signedIn.as(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/mash/timeliness/no-such-chart.csv").with(signedIn.as(ReferralFixture.MASH))).andExpect(status().isNotFound());
    }
}

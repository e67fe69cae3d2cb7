package org.safeshare.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.people.PersonId;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every escalation of an overdue request is audited in the partnership's log, naming the receiving organisation; and the
 * partnership administrator's page of closed days, which the working-hours calendar honours.
 */
@SafeshareTest
class EscalationAuditAndClosedDaysTest {

    static final String ADMIN = "partnership.admin@riverside-csc.example";

    @Autowired InformationRequests requests;
    @Autowired OverdueRequests overdue;
    @Autowired ExchangeSettings settings;
    @Autowired PeopleSetUp setUp;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private ExchangeFixture fixture;
    private PersonId ava;

    @BeforeEach
    void theMashHoldsAva() {
        fixture = new ExchangeFixture(jdbc, signedIn);
        ava = fixture.ava(setUp);
    }

    @AfterEach
    void noClosuresLeftBehind() {
        jdbc.sql("delete from exchange_closure").update();
    }

    @Test
    void eachEscalationIsAuditedOnceInThePartnershipsLogNamingTheReceivingOrganisation() {
        RequestId id = ((RequestChange.Done) requests.send(signedIn.actor(ExchangeFixture.MASH), fixture.request(ava))).id();
        UUID charity = fixture.organisation("Safe Harbour Family Support");
        jdbc.sql("update request_to_organisation set due_at = ? where request_id = ? and organisation_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), id.value(), charity).update();
        overdue.run();
        overdue.run();
        var events = jdbc.sql("""
                select organisation_id, partnership_id, actor_id from audit_event
                where action = 'INFORMATION_REQUEST_ESCALATED' and touched::text like ?""").param("%" + id.value() + "%")
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3)}).list();
        assertThat(events).hasSize(1);
        assertThat(events.getFirst()[0]).isEqualTo(charity);
        assertThat(events.getFirst()[1]).isEqualTo(signedIn.actor(ExchangeFixture.MASH).partnershipId());
        assertThat(events.getFirst()[2]).isNull();
    }

    @Test
    void theAdministratorAddsAClosedDayThatDeadlinesSkipAndRemovesItBothAudited() throws Exception {
        LocalDate day = nextWeekday(LocalDate.now(ZoneId.of("Europe/London")).plusDays(10));
        UUID partnership = signedIn.actor(ADMIN).partnershipId();
        // The calendar kept for a minute for the MASH queue's time left is forgotten on the change, not a minute later.
        assertThat(settings.recentCalendar(partnership).isWorkingDay(day)).isTrue();
        mvc.perform(post("/partnership/closed-days").with(signedIn.as(ADMIN)).with(csrf())
                        .param("closedOnDay", String.valueOf(day.getDayOfMonth())).param("closedOnMonth", String.valueOf(day.getMonthValue()))
                        .param("closedOnYear", String.valueOf(day.getYear())).param("reason", "Partnership training day"))
                .andExpect(redirectedUrl("/partnership/closed-days?added"));
        assertThat(settings.calendar(partnership).isWorkingDay(day)).isFalse();
        assertThat(settings.recentCalendar(partnership).isWorkingDay(day)).isFalse();
        mvc.perform(get("/partnership/closed-days").with(signedIn.as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Partnership training day")));
        mvc.perform(post("/partnership/closed-days/remove").with(signedIn.as(ADMIN)).with(csrf()).param("day", day.toString()))
                .andExpect(redirectedUrl("/partnership/closed-days?removed"));
        assertThat(settings.calendar(partnership).isWorkingDay(day)).isTrue();
        assertThat(settings.recentCalendar(partnership).isWorkingDay(day)).isTrue();
        assertThat(jdbc.sql("select action from audit_event where actor_id = ? and action like 'EXCHANGE_CLOSURE%' order by id")
                .param(signedIn.actor(ADMIN).id()).query(String.class).list())
                .containsSubsequence("EXCHANGE_CLOSURE_ADDED", "EXCHANGE_CLOSURE_REMOVED");
    }

    @Test
    void aMissingOrPastDateOrReasonIsShownInTheErrorSummary() throws Exception {
        for (Map<String, String> posted : java.util.List.of(Map.of("reason", ""), Map.of("closedOnDay", "31", "closedOnMonth", "2",
                "closedOnYear", "2027", "reason", "x"), Map.of("closedOnDay", "1", "closedOnMonth", "1", "closedOnYear", "2020", "reason", "Old"))) {
            var request = post("/partnership/closed-days").with(signedIn.as(ADMIN)).with(csrf());
            posted.forEach(request::param);
            mvc.perform(request).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                    .andExpect(content().string(Matchers.containsString("href=\"#closedOnDay\"")))
                    .andExpect(content().string(Matchers.containsString("<title>Error: ")));
        }
        assertThat(jdbc.sql("select count(*) from exchange_closure").query(Integer.class).single()).isZero();
    }

    @Test
    void onlyThePartnershipAdministratorSeesThePage() throws Exception {
        for (String other : new String[] {"dsl@oakfield-primary.example", "admin@oakfield-primary.example", "admin@hillford-primary.example"}) {
            mvc.perform(get("/partnership/closed-days").with(signedIn.as(other))).andExpect(status().is4xxClientError());
            mvc.perform(post("/partnership/closed-days").with(signedIn.as(other)).with(csrf()).param("closedOnDay", "1")
                    .param("closedOnMonth", "1").param("closedOnYear", "2099").param("reason", "Mine")).andExpect(status().is4xxClientError());
        }
        assertThat(jdbc.sql("select count(*) from exchange_closure").query(Integer.class).single()).isZero();
    }

    private static LocalDate nextWeekday(LocalDate from) {
        LocalDate day = from;
        while (day.getDayOfWeek().getValue() > 5 || !org.safeshare.platform.calendar.WorkingCalendar.standard().isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}

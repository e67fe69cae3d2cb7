package org.safeshare.actions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.Decisions;
import org.safeshare.people.People;
import org.safeshare.support.MailServer;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders and escalation, through the outbox to a real SMTP server (GreenMail): the owner is reminded before the due
 * date, an overdue action escalates once to the owner's organisation's DSL, audited, by email that names no one.
 */
@SafeshareTest
class ActionDeadlinesTest extends MailServer {

    @Autowired ActionSetting setting;
    @Autowired ActionReading reading;
    @Autowired ActionDeadlines deadlines;
    @Autowired Decisions decisions;
    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private ActionFixture fixture;
    private DecisionId decision;

    @BeforeEach
    void oakfieldHasRecordedADecision() {
        restartMailServer();
        fixture = new ActionFixture(jdbc, signedIn);
        decision = fixture.decision(decisions, people, json);
    }

    /** 10:00 in London on that day: the job's turn, at a fixed time (working days depend on the date). */
    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    private ActionId dueOn(String day) {
        ActionId id = ((ActionChange.Done) setting.set(signedIn.actor(ActionFixture.SETTER), fixture.forHealthVisitor(decision,
                LocalDate.now().plusDays(10)))).id();
        jdbc.sql("update action_item set due_on = ? where id = ?").params(LocalDate.parse(day), id.value()).update();
        return id;
    }

    private boolean reminded(ActionId id) {
        return jdbc.sql("select reminded_at is not null from action_item where id = ?").param(id.value()).query(Boolean.class).single();
    }

    private boolean escalated(ActionId id) {
        return jdbc.sql("select escalated_at is not null from action_item where id = ?").param(id.value()).query(Boolean.class).single();
    }

    @Test
    void theOwnerIsRemindedOnceBeforeTheDueDate() throws Exception {
        ActionId id = dueOn("2026-12-02");
        assertThat(deadlines.runAt(at("2026-12-02"))).isGreaterThanOrEqualTo(1);
        assertThat(reading.view(signedIn.actor(ActionFixture.OWNER), id).remindedAt()).isPresent();
        assertThat(awaitBodiesTo("health.visitor@riverside-health.example", "/actions/" + id)).anyMatch(b -> b.contains("/actions/" + id));
    }

    @Test
    void anOverdueActionEscalatesOnceToTheOwnersDslByEmailNamingNoOneAndIsAudited() throws Exception {
        ActionId id = dueOn("2026-12-01");
        assertThat(deadlines.runAt(at("2026-12-02"))).isGreaterThanOrEqualTo(1);
        Action escalated = reading.view(signedIn.actor(ActionFixture.OWNERS_DSL), id);
        assertThat(escalated.escalatedAt()).isPresent();
        assertThat(escalated.overdue()).isTrue();
        assertThat(reading.mine(signedIn.actor(ActionFixture.OWNERS_DSL)).escalated()).extracting(ActionRow::id).contains(id);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACTION_ESCALATED' and touched like ? and partnership_id = ?")
                .params("%ACTION:" + id + "%", signedIn.actor(ActionFixture.OWNERS_DSL).partnershipId()).query(Long.class).single())
                .as("in the partnership's log, where its auditors search").isEqualTo(1);
        deadlines.runAt(at("2026-12-03"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACTION_ESCALATED' and touched like ?")
                .param("%ACTION:" + id + "%").query(Long.class).single()).as("escalated once").isEqualTo(1);
        // The mail server is shared with the other tests: wait for this escalation's own email, not for a count.
        List<String> toLead = awaitBodiesTo("safeguarding.lead@riverside-health.example", "/actions/" + id);
        assertThat(toLead).anyMatch(b -> b.contains("/actions/" + id) && b.contains("overdue"));
        assertThat(toLead).noneMatch(b -> b.contains("Visit the family") || b.contains("Ava") || b.contains("Nadia"));
    }

    @Test
    void anActionDueAfterABankHolidayIsRemindedOnTheWorkingDayBeforeItNotOnTheHoliday() {
        // Monday 25 May 2026 is the spring bank holiday in England and Wales: the Tuesday's action is the Friday's reminder.
        ActionId id = dueOn("2026-05-26");
        deadlines.runAt(at("2026-05-25"));
        assertThat(reminded(id)).as("not reminded on the bank holiday, as if it were a working day").isFalse();
        deadlines.runAt(at("2026-05-22"));
        assertThat(reminded(id)).as("reminded on the Friday, the last working day before it").isTrue();
    }

    @Test
    void anActionDueBeforeABankHolidayEscalatesOnTheNextWorkingDayNotOnTheHoliday() {
        ActionId id = dueOn("2026-05-22");
        deadlines.runAt(at("2026-05-23"));
        deadlines.runAt(at("2026-05-25"));
        assertThat(escalated(id)).as("not escalated on the weekend or the bank holiday Monday").isFalse();
        deadlines.runAt(at("2026-05-26"));
        assertThat(escalated(id)).as("escalated on the Tuesday, the first working day after it was due").isTrue();
    }

    private static List<String> awaitBodiesTo(String address, String mentioning) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (bodiesTo(address).stream().noneMatch(b -> b.contains(mentioning)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return bodiesTo(address);
    }

    private static List<String> bodiesTo(String address) {
        return Arrays.stream(smtp().getReceivedMessages()).filter(m -> to(m).contains(address)).map(ActionDeadlinesTest::content).toList();
    }

    private static String to(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

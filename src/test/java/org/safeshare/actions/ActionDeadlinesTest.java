package org.safeshare.actions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
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

    @Test
    void theOwnerIsRemindedOnceBeforeTheDueDate() throws Exception {
        ActionId id = ((ActionChange.Done) setting.set(signedIn.actor(ActionFixture.SETTER), fixture.forHealthVisitor(decision,
                LocalDate.now()))).id();
        assertThat(deadlines.run()).isGreaterThanOrEqualTo(1);
        assertThat(reading.view(signedIn.actor(ActionFixture.OWNER), id).remindedAt()).isPresent();
        assertThat(awaitBodiesTo("health.visitor@riverside-health.example", "/actions/" + id)).anyMatch(b -> b.contains("/actions/" + id));
    }

    @Test
    void anOverdueActionEscalatesOnceToTheOwnersDslByEmailNamingNoOneAndIsAudited() throws Exception {
        ActionId id = ((ActionChange.Done) setting.set(signedIn.actor(ActionFixture.SETTER), fixture.forHealthVisitor(decision,
                LocalDate.now().plusDays(10)))).id();
        jdbc.sql("update action_item set due_on = ? where id = ?").params(LocalDate.now().minusDays(1), id.value()).update();
        assertThat(deadlines.run()).isGreaterThanOrEqualTo(1);
        Action escalated = reading.view(signedIn.actor(ActionFixture.OWNERS_DSL), id);
        assertThat(escalated.escalatedAt()).isPresent();
        assertThat(escalated.overdue()).isTrue();
        assertThat(reading.mine(signedIn.actor(ActionFixture.OWNERS_DSL)).escalated()).extracting(ActionRow::id).contains(id);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACTION_ESCALATED' and touched like ? and partnership_id = ?")
                .params("%ACTION:" + id + "%", signedIn.actor(ActionFixture.OWNERS_DSL).partnershipId()).query(Long.class).single())
                .as("in the partnership's log, where its auditors search").isEqualTo(1);
        deadlines.run();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACTION_ESCALATED' and touched like ?")
                .param("%ACTION:" + id + "%").query(Long.class).single()).as("escalated once").isEqualTo(1);
        // The mail server is shared with the other tests: wait for this escalation's own email, not for a count.
        List<String> toLead = awaitBodiesTo("safeguarding.lead@riverside-health.example", "/actions/" + id);
        assertThat(toLead).anyMatch(b -> b.contains("/actions/" + id) && b.contains("overdue"));
        assertThat(toLead).noneMatch(b -> b.contains("Visit the family") || b.contains("Ava") || b.contains("Nadia"));
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

package org.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.Accounts;
import org.safeshare.accounts.NewUser;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.support.LiveSession;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

/** Every audited action leaves one typed event, in the action's transaction; a failed audit write fails the action. */
@SafeshareTest
class AuditTrailTest {

    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;
    @Autowired People people;
    @Autowired Accounts accounts;
    @Autowired Audit audit;
    @LocalServerPort int port;

    @Test
    void viewingAPersonRecordsWhoViewedWhomAndNothingElseAboutThem() {
        Actor dsl = signedIn.actor("dsl@oakfield-primary.example");
        PersonId ava = new PersonId(jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(UUID.class).single());
        long before = count("PERSON_VIEWED", dsl.id());
        people.view(dsl, ava);
        assertThat(count("PERSON_VIEWED", dsl.id())).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.sql("select * from audit_event where actor_id = :a and action = 'PERSON_VIEWED'"
                + " order by id desc limit 1").param("a", dsl.id()).query().singleRow();
        assertThat(row.get("person_id")).isEqualTo(ava.value());
        assertThat(row.get("organisation_id")).isEqualTo(dsl.organisationId());
        assertThat(row.get("roles")).isEqualTo("DESIGNATED_SAFEGUARDING_LEAD,PRACTITIONER");
        assertThat(row.get("outcome")).isEqualTo("DONE");
        assertThat(row.get("touched")).isEqualTo("PERSON:" + ava.value());
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(AuditEvent.of(signedIn.actor("dsl@oakfield-primary.example"), AuditAction.AUDIT_VIEWED)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void whenTheAuditWriteFailsTheUserIsNotAddedEither() {
        Actor admin = signedIn.actor("admin@oakfield-primary.example");
        String email = "atomic-" + UUID.randomUUID() + "@oakfield-primary.example";
        // A test-only constraint makes exactly this audit insert fail, as a full disk or a lost connection would.
        jdbc.sql("alter table audit_event add constraint test_refuse_user_created check (action <> 'USER_CREATED') not valid").update();
        try {
            assertThatThrownBy(() -> accounts.add(admin, new NewUser(email, "Atomic Test", java.util.Set.of(Role.PRACTITIONER),
                    "Correct-horse-battery-9"))).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        } finally {
            jdbc.sql("alter table audit_event drop constraint test_refuse_user_created").update();
        }
        assertThat(jdbc.sql("select count(*) from user_account where email = :e").param("e", email).query(Long.class).single())
                .isZero();
    }

    @Test
    void signInsAndFailedSignInsAreAuditedWithoutTheTypedEmail() {
        Actor teacher = signedIn.actor("teacher@oakfield-primary.example");
        long signedInBefore = count("SIGNED_IN", teacher.id());
        LiveSession.signedIn(port, "teacher@oakfield-primary.example");
        assertThat(count("SIGNED_IN", teacher.id())).isEqualTo(signedInBefore + 1);

        String typed = "nobody-" + UUID.randomUUID() + "@example.org";
        long anonymousBefore = jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor_id is null")
                .query(Long.class).single();
        LiveSession.anonymous(port).post("/sign-in", Map.of("email", typed, "password", "wrong-password-1"), true);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor_id is null")
                .query(Long.class).single()).isEqualTo(anonymousBefore + 1);
        List<String> text = jdbc.sql("select concat_ws(' ', roles, touched, purpose, request_id, client_address) from audit_event")
                .query(String.class).list();
        assertThat(text).noneMatch(t -> t.contains(typed));
    }

    private long count(String action, UUID actor) {
        return jdbc.sql("select count(*) from audit_event where action = :action and actor_id = :actor").param("action", action)
                .param("actor", actor).query(Long.class).single();
    }
}

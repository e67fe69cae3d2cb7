package org.safeshare.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 12's journey in the demo: an action given to the health visitor is overdue and has reached the health visiting DSL. */
@SafeshareTest
class DemoActionTest {

    @Autowired ActionReading reading;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    @Test
    void theHealthVisitorsOverdueActionHasReachedTheHealthVisitingDslAndTheEscalationIsAudited() {
        ActionRow row = reading.mine(signedIn.actor(ActionFixture.OWNERS_DSL)).escalated().stream()
                .filter(r -> r.whatToDo().startsWith("Visit the family at home within the week")).findFirst().orElseThrow();
        assertThat(row.ownerName()).isEqualTo("Nadia Clarke");
        assertThat(row.overdue()).isTrue();
        assertThat(reading.mine(signedIn.actor(ActionFixture.OWNER)).owned()).extracting(ActionRow::id).contains(row.id());
        Action action = reading.view(signedIn.actor("mash.officer@riverside-mash.example"), row.id());
        assertThat(action.escalatedAt()).isPresent();
        assertThat(action.subjectPath()).startsWith("/decisions/");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACTION_ESCALATED' and touched like ?")
                .param("%ACTION:" + row.id() + "%").query(Long.class).single()).isEqualTo(1);
    }
}

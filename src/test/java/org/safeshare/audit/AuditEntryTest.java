package org.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who did an event, as the audit pages and the CSV say it, read from the stored actor, log and outcome. */
class AuditEntryTest {

    private static final UUID ID = UUID.randomUUID();

    private static AuditEntry entry(String actorKind, UUID actor, UUID partnership, AuditAction action, Outcome outcome) {
        return new AuditEntry(1, Instant.EPOCH, action, outcome, actorKind, actor, ID, null, null, null, null, null, null, partnership);
    }

    @Test
    void anEventWithNoActorAndNoPartnershipThatWasDoneIsSetUpByTheDeployment() {
        assertThat(entry(null, null, null, AuditAction.USER_SET_UP, Outcome.DONE).doneBy()).isEqualTo(AuditEntry.DoneBy.SET_UP);
    }

    @Test
    void aRefusedAttemptByNobodyIdentifiedIsNotSetUp() {
        assertThat(entry(null, null, null, AuditAction.SIGN_IN_FAILED, Outcome.REFUSED).doneBy())
                .isEqualTo(AuditEntry.DoneBy.NOT_IDENTIFIED);
    }

    @Test
    void anEventWithNoActorInAPartnershipsLogIsTheServicesOwnJob() {
        assertThat(entry(null, null, ID, AuditAction.ACTION_ESCALATED, Outcome.DONE).doneBy()).isEqualTo(AuditEntry.DoneBy.SERVICE);
    }

    @Test
    void anActorIsAUserOrAPartnerSystem() {
        assertThat(entry("USER", ID, ID, AuditAction.PERSON_VIEWED, Outcome.DONE).doneBy()).isEqualTo(AuditEntry.DoneBy.USER);
        assertThat(entry("API_CLIENT", ID, ID, AuditAction.PERSON_VIEWED, Outcome.DONE).doneBy()).isEqualTo(AuditEntry.DoneBy.API_CLIENT);
    }
}

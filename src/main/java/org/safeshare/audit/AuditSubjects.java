package org.safeshare.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the audit pages need to know from the modules that depend on audit (people, accounts), which
 * they provide by implementing these, so audit need not depend on them.
 */
public final class AuditSubjects {

    private AuditSubjects() {}

    /** Implemented by the people module: which organisation holds a person's record. */
    public interface PersonRecords {
        Optional<UUID> holderOf(UUID personId);

        /** Every person whose record the organisation holds: what its auditor may see the history of. */
        List<UUID> heldBy(UUID organisationId);
    }

    /** Implemented by the accounts module: a user's organisation and name, for the activity report. */
    public interface Users {
        Optional<User> find(UUID userId);
    }

    /** A user as the audit pages show them. */
    public record User(UUID id, UUID organisationId, String displayName) {}
}

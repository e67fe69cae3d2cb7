package org.safeshare.audit;

import java.util.List;
import java.util.UUID;

/**
 * Which events a reader of the audit trail may see. A partnership auditor sees their partnership's; an organisation's
 * auditor sees what concerns their organisation: what its users and partner systems did, and what anyone did to a
 * record it holds (Caldicott principle 4, need-to-know: another organisation's activity is not theirs to inspect).
 */
public sealed interface AuditScope {

    /** Events whose actor belongs to the partnership. */
    record Partnership(UUID id) implements AuditScope {}

    /** Events whose actor belongs to the organisation, or that are about a person whose record it holds. */
    record Organisation(UUID id, List<UUID> heldPeople) implements AuditScope {
        public Organisation {
            heldPeople = List.copyOf(heldPeople);
        }
    }

    /** A history the caller has already been allowed to read in full (a person's or a user's). */
    record Checked() implements AuditScope {}
}

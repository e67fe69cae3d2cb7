package org.safeshare.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which events a reader of the audit trail may see. A partnership auditor sees their partnership's; an organisation's
 * auditor sees what concerns their organisation: what its users and partner systems did, and what anyone did to a
 * record it holds (Caldicott principle 4, need-to-know: another organisation's activity is not theirs to inspect).
 * Both also see what set-up (the deployment, no person) made for them, although those events stay in the service log
 * (docs/adr/0027).
 */
public sealed interface AuditScope {

    /**
     * Events whose actor belongs to the partnership, and set-up events for it: those naming one of its organisations,
     * and those that made the partnership or one of its organisations (which older set-up events name only as the record).
     */
    record Partnership(UUID id, List<UUID> organisations) implements AuditScope {
        public Partnership {
            organisations = List.copyOf(organisations);
        }

        /** The records whose set-up is the partnership's, as a set-up event names what it touched. */
        public List<String> setUpRecords() {
            List<String> records = new ArrayList<>(List.of(new RecordRef(RecordRef.Kind.PARTNERSHIP, id).toString()));
            organisations.forEach(o -> records.add(new RecordRef(RecordRef.Kind.ORGANISATION, o).toString()));
            return records;
        }
    }

    /**
     * Events whose actor belongs to the organisation or that name it (a set-up event for it does), that are about a person
     * whose record it holds, or that made the organisation.
     */
    record Organisation(UUID id, List<UUID> heldPeople) implements AuditScope {
        public Organisation {
            heldPeople = List.copyOf(heldPeople);
        }

        /** The organisation as a set-up event names the record it made. */
        public String setUpRecord() {
            return new RecordRef(RecordRef.Kind.ORGANISATION, id).toString();
        }
    }

    /** A history the caller has already been allowed to read in full (a person's or a user's). */
    record Checked() implements AuditScope {}
}

package org.safeshare.audit;

import java.util.UUID;
import org.safeshare.organisations.OrganisationRegistered;
import org.safeshare.organisations.PartnershipRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits the directory's set-up. A plain (synchronous) listener runs in the publisher's transaction, and
 * {@link Audit#record} refuses to run without one, so a registration and its audit event commit together.
 */
@Component
class SetUpAudit {

    private final Audit audit;

    SetUpAudit(Audit audit) {
        this.audit = audit;
    }

    @EventListener
    void on(PartnershipRegistered registered) {
        audit.record(AuditEvent.bySetUp(AuditAction.PARTNERSHIP_SET_UP, new RecordRef(RecordRef.Kind.PARTNERSHIP, registered.id().value())));
    }

    @EventListener
    void on(OrganisationRegistered registered) {
        UUID organisation = registered.id().value();
        // The organisation's own set-up is for the organisation: its auditor and its partnership's find it (docs/adr/0027).
        audit.record(AuditEvent.bySetUp(AuditAction.ORGANISATION_SET_UP, new RecordRef(RecordRef.Kind.ORGANISATION, organisation),
                organisation));
    }
}

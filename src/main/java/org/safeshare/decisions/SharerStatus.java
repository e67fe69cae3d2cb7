package org.safeshare.decisions;

import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an organisation is as a sharer: a public authority or not (UK GDPR Art 6(1)), within the duty to share or not
 * (Children Act 2004 s16LA(4)). Both start from its type; a partnership administrator corrects them, audited, and
 * decisions recorded from then on take the corrected answer (recorded decisions keep theirs).
 */
@Service
@Transactional
public class SharerStatus {

    private final Organisations organisations;
    private final Audit audit;

    SharerStatus(Organisations organisations, Audit audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Organisation of(Actor actor, OrganisationId id) {
        return organisations.visibleTo(actor, id);
    }

    public void correct(Actor actor, OrganisationId id, boolean publicAuthority, boolean coveredByDutyToShare) {
        organisations.recordSharerStatus(actor, id, publicAuthority, coveredByDutyToShare);
        audit.record(AuditEvent.of(actor, AuditAction.ORGANISATION_SHARER_STATUS_CORRECTED)
                .touching(new RecordRef(RecordRef.Kind.ORGANISATION, id.value())));
    }
}

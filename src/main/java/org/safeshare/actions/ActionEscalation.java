package org.safeshare.actions;

import java.time.Instant;
import org.safeshare.actions.persistence.ActionRepository;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates one overdue action to its owner's organisation's DSLs: the notification, the mark and the audit event in
 * the caller's transaction. Done by the service, not a user, so the event has no actor; it names the action and the
 * organisation it escalated to (docs/adr/0020).
 */
@Component
public class ActionEscalation {

    private final ActionRepository actions;
    private final ActionNotices notices;
    private final Audit audit;

    ActionEscalation(ActionRepository actions, ActionNotices notices, Audit audit) {
        this.actions = actions;
        this.notices = notices;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void escalate(ActionRepository.Stored action, Instant now) {
        notices.tellOwnersLead(action.owner(), action.id());
        actions.markEscalated(action.id(), now);
        // In the partnership's log (its auditors search it), naming the organisation it escalated to.
        audit.record(AuditEvent.byService(AuditAction.ACTION_ESCALATED, action.partnershipId(), action.owner().organisationId())
                .touching(ActionSetting.ref(action.id())).touching(new RecordRef(RecordRef.Kind.ORGANISATION, action.owner().organisationId())));
    }
}

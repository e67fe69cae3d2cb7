package org.safeshare.actions.setup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.actions.ActionEscalation;
import org.safeshare.actions.OwnerRef;
import org.safeshare.actions.domain.ActionStatus;
import org.safeshare.actions.persistence.ActionRepository;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records an action on the deployment's behalf, idempotently (found by its setter and words first). */
@Service
@Transactional
public class ActionsSetUp {

    private final ActionRepository actions;
    private final ActionEscalation escalation;
    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;

    ActionsSetUp(ActionRepository actions, ActionEscalation escalation, JdbcClient jdbc, Audit audit, Clock clock) {
        this.actions = actions;
        this.escalation = escalation;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** An action as the deployment records it: who set it (a user of that organisation), on what, for whom. */
    public record SeededAction(UUID partnershipId, SubjectKind about, UUID subjectId, String subjectDescription, String subjectPath,
            UUID setBy, String setByName, UUID setterOrganisationId, OwnerRef owner, String ownerName, String whatToDo, String doneWhen,
            LocalDate dueOn, Instant setAt) {}

    /** Whether this setter already has an action with these words. */
    @Transactional(readOnly = true)
    public boolean exists(UUID setBy, String whatToDo) {
        return jdbc.sql("select count(*) from action_item where set_by = ? and what_to_do = ?").params(setBy, whatToDo)
                .query(Long.class).single() > 0;
    }

    /** Records it unless it exists; an action already overdue is escalated at once, as the job would. */
    public void action(SeededAction a) {
        if (exists(a.setBy(), a.whatToDo())) {
            return;
        }
        UUID id = UUID.randomUUID();
        ActionRepository.Stored stored = new ActionRepository.Stored(id, a.partnershipId(), a.about(), a.subjectId(), a.subjectDescription(),
                a.subjectPath(), a.setBy(), a.setByName(), false, a.setterOrganisationId(), a.owner(), a.ownerName(), a.whatToDo(), a.doneWhen(),
                a.dueOn(), a.setAt(), ActionStatus.OPEN, Optional.empty(), Optional.empty());
        actions.insert(stored);
        audit.record(AuditEvent.bySetUp(AuditAction.ACTION_SET, new RecordRef(RecordRef.Kind.ACTION, id), a.setterOrganisationId()));
        if (a.dueOn().isBefore(LocalDate.now(clock.withZone(org.safeshare.platform.web.LondonDates.LONDON)))) {
            escalation.escalate(stored, clock.instant());
        }
    }
}

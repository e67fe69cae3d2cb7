package org.safeshare.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.actions.domain.ActionRules;
import org.safeshare.actions.domain.ActionStatus;
import org.safeshare.actions.domain.FieldProblem;
import org.safeshare.actions.persistence.ActionRepository;
import org.safeshare.actions.subjects.SubjectSummary;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting an action on a record. Whether the setter may is the owning module's answer ({@link SubjectRegistry}): a
 * record they may not see, or one that does not exist, is "not found" (audited as refused). The owner is chosen from
 * the partnership's directory ({@link OwnerDirectory}) and told.
 */
@Service
@Transactional
public class ActionSetting {

    private final ActionRepository actions;
    private final SubjectRegistry subjects;
    private final OwnerDirectory owners;
    private final ActionNotices notices;
    private final Audit audit;
    private final ViewAudit views;
    private final Clock clock;

    ActionSetting(ActionRepository actions, SubjectRegistry subjects, OwnerDirectory owners, ActionNotices notices, Audit audit,
            ViewAudit views, Clock clock) {
        this.actions = actions;
        this.subjects = subjects;
        this.owners = owners;
        this.notices = notices;
        this.audit = audit;
        this.views = views;
        this.clock = clock;
    }

    /** The record the action would be set on, as the setter may see it; else "not found", audited as refused. */
    @Transactional(readOnly = true)
    public SubjectSummary subject(Actor actor, NewAction asked) {
        requireWorksWithPeople(actor);
        Optional<SubjectSummary> subject = subjects.visibleTo(asked.about(), asked.subjectId(), actor);
        if (subject.isEmpty()) {
            AuditEvent attempt = AuditEvent.of(actor, AuditAction.ACTION_SET);
            views.refused(recordKind(asked.about()).filter(k -> asked.subjectId() != null)
                    .map(k -> attempt.touching(new RecordRef(k, asked.subjectId()))).orElse(attempt));
            throw new NotFoundException("Record");
        }
        return subject.get();
    }

    /** What is wrong with the action before it is set (for check-your-answers); nothing is saved. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(Actor actor, NewAction asked) {
        subject(actor, asked);
        return problems(actor, asked);
    }

    private List<FieldProblem> problems(Actor actor, NewAction asked) {
        boolean chosen = owners.resolve(actor, asked.owner()).isPresent();
        return new ArrayList<>(ActionRules.problemsWith(new ActionRules.Facts(asked.whatToDo(), asked.doneWhen(), chosen, asked.dueOn()),
                today()));
    }

    /** Sets the action and tells its owner, or refuses it with what to correct and nothing saved. */
    public ActionChange set(Actor actor, NewAction asked) {
        SubjectSummary subject = subject(actor, asked);
        List<FieldProblem> problems = problems(actor, asked);
        if (!problems.isEmpty()) {
            return new ActionChange.Refused(problems);
        }
        OwnerDirectory.Named owner = owners.resolve(actor, asked.owner()).orElseThrow();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        actions.insert(new ActionRepository.Stored(id, actor.partnershipId(), asked.about(), asked.subjectId(), subject.description(),
                subject.path(), actor.id(), actor.displayName(), actor.kind() == Actor.Kind.API_CLIENT, actor.organisationId(), owner.ref(),
                owner.name(), asked.whatToDo().strip(), asked.doneWhen().strip(), asked.dueOn(), now, ActionStatus.OPEN, Optional.empty(),
                Optional.empty()));
        AuditEvent event = AuditEvent.of(actor, AuditAction.ACTION_SET).touching(ref(id));
        audit.record(subject.personId().map(event::about).orElse(event));
        notices.tellOwner(owner.ref(), NotificationKind.ACTION_ASSIGNED, id);
        return new ActionChange.Done(new ActionId(id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(org.safeshare.platform.web.LondonDates.LONDON));
    }

    /** The audit trail's name for the kind of record, where it has one (it gains the others with their modules). */
    private static Optional<RecordRef.Kind> recordKind(org.safeshare.actions.subjects.SubjectKind kind) {
        return kind == null ? Optional.empty() : switch (kind) {
            case DECISION -> Optional.of(RecordRef.Kind.DECISION);
            case INFORMATION_REQUEST -> Optional.of(RecordRef.Kind.REQUEST);
            case DISCLOSURE -> Optional.of(RecordRef.Kind.DISCLOSURE);
            case REFERRAL -> Optional.of(RecordRef.Kind.REFERRAL);
            case MEETING -> Optional.of(RecordRef.Kind.MEETING);
        };
    }

    static void requireWorksWithPeople(Actor actor) {
        if (!actor.worksWithPeople()) {
            throw new AccessDeniedException("does not work with people's records");
        }
    }

    static RecordRef ref(UUID action) {
        return new RecordRef(RecordRef.Kind.ACTION, action);
    }
}

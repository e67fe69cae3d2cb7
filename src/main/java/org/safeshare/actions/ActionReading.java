package org.safeshare.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeshare.accounts.Teams;
import org.safeshare.actions.domain.ActionAccess;
import org.safeshare.actions.domain.ActionStatus;
import org.safeshare.actions.domain.DueDates;
import org.safeshare.actions.persistence.ActionRepository;
import org.safeshare.actions.persistence.ActionRepository.Stored;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.ViewAudit;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.platform.web.LondonDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading actions: one action as its reader may see it (one audited view, or "not found" audited as refused), and the
 * reader's own lists. Who may see an action is {@link ActionAccess}.
 */
@Service
@Transactional(readOnly = true)
public class ActionReading {

    private final ActionRepository actions;
    private final Teams teams;
    private final Organisations organisations;
    private final ViewAudit views;
    private final Clock clock;

    ActionReading(ActionRepository actions, Teams teams, Organisations organisations, ViewAudit views, Clock clock) {
        this.actions = actions;
        this.teams = teams;
        this.organisations = organisations;
        this.views = views;
        this.clock = clock;
    }

    public Action view(Actor actor, ActionId id) {
        ActionAccess.Reader reader = reader(actor);
        Stored found = readable(actor, reader, id);
        views.viewed(AuditEvent.of(actor, AuditAction.ACTION_VIEWED).touching(ActionSetting.ref(id.value())));
        Map<OrganisationId, String> names = organisations.names(List.of(new OrganisationId(found.setterOrganisationId()),
                new OrganisationId(found.owner().organisationId())));
        ActionAccess.Parties parties = parties(found);
        List<Action.Entry> history = actions.history(found.id()).stream()
                .map(e -> new Action.Entry(e.kind(), e.text(), e.recordedByName(), e.recordedAt())).toList();
        return new Action(new ActionId(found.id()), found.subjectKind(), found.subjectId(), found.subjectDescription(), found.subjectPath(),
                found.setBy(), found.setByName(), names.get(new OrganisationId(found.setterOrganisationId())), found.owner(), found.ownerName(),
                names.get(new OrganisationId(found.owner().organisationId())), found.whatToDo(), found.doneWhen(), found.dueOn(), found.setAt(),
                found.status(), found.remindedAt(), found.escalatedAt(), overdue(found), history,
                found.status() == ActionStatus.OPEN && ActionAccess.mayRecordOutcome(reader, parties),
                found.status() == ActionStatus.NOT_DONE_PROPOSED && ActionAccess.mayAgree(reader, parties));
    }

    /** The action as stored, if the reader may see it; else "not found", audited as a refused view. */
    Stored readable(Actor actor, ActionAccess.Reader reader, ActionId id) {
        Optional<Stored> found = actions.find(id.value()).filter(a -> a.partnershipId().equals(actor.partnershipId()))
                .filter(a -> ActionAccess.maySee(reader, parties(a)));
        if (found.isEmpty()) {
            views.refused(AuditEvent.of(actor, AuditAction.ACTION_VIEWED).touching(ActionSetting.ref(id.value())));
            throw new NotFoundException("Action");
        }
        return found.get();
    }

    /** The reader's actions: owned (not closed), set by them, and for a DSL those escalated to them; one view event. */
    public MyActions mine(Actor actor) {
        List<Stored> owned = actions.ownedBy(actor.id(), teams.teamsOf(actor.id()));
        List<Stored> set = actions.setBy(actor.id());
        List<Stored> escalated = lead(actor) ? actions.escalatedTo(actor.organisationId()) : List.of();
        AuditEvent listed = AuditEvent.of(actor, AuditAction.ACTION_VIEWED);
        for (Stored a : java.util.stream.Stream.of(owned, set, escalated).flatMap(List::stream).toList()) {
            listed = listed.touching(ActionSetting.ref(a.id()));
        }
        if (!listed.touched().isEmpty()) {
            views.viewed(listed);
        }
        return new MyActions(rows(owned), rows(set), rows(escalated));
    }

    private List<ActionRow> rows(List<Stored> stored) {
        return stored.stream().map(a -> new ActionRow(new ActionId(a.id()), a.subjectKind(), a.whatToDo(), a.setByName(), a.ownerName(),
                a.dueOn(), a.status(), a.escalatedAt(), overdue(a))).toList();
    }

    private boolean overdue(Stored a) {
        return !a.status().closed() && DueDates.overdue(a.dueOn(), LocalDate.now(clock.withZone(LondonDates.LONDON)));
    }

    ActionAccess.Reader reader(Actor actor) {
        return new ActionAccess.Reader(actor.id(), actor.organisationId(), lead(actor),
                actor.kind() == Actor.Kind.USER ? teams.teamsOf(actor.id()) : java.util.Set.of());
    }

    private static boolean lead(Actor actor) {
        return actor.has(Role.DESIGNATED_SAFEGUARDING_LEAD) || actor.has(Role.API_CLIENT);
    }

    static ActionAccess.Parties parties(Stored a) {
        Optional<java.util.UUID> user = a.owner().kind() == OwnerRef.Kind.USER ? Optional.of(a.owner().id()) : Optional.empty();
        Optional<java.util.UUID> team = a.owner().kind() == OwnerRef.Kind.TEAM ? Optional.of(a.owner().id()) : Optional.empty();
        return new ActionAccess.Parties(a.setBy(), a.setterOrganisationId(), user, team, a.owner().organisationId());
    }
}

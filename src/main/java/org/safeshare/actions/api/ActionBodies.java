package org.safeshare.actions.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.safeshare.actions.Action;
import org.safeshare.actions.ActionRow;
import org.safeshare.actions.MyActions;

/**
 * The actions API's own bodies (ADR 0013: a renamed domain field must not rename a field of the public API). Kinds and
 * statuses travel as the strings documented here.
 */
final class ActionBodies {

    private ActionBodies() {}

    /**
     * A new action. {@code about}: DECISION, INFORMATION_REQUEST, DISCLOSURE, REFERRAL or MEETING; {@code owner.kind}:
     * USER or TEAM, of an organisation of the caller's partnership; {@code dueOn}: today or later (Europe/London).
     */
    record NewActionBody(String about, UUID subjectId, OwnerBody owner, String whatToDo, String doneWhen, LocalDate dueOn) {}

    /** Who owns an action: a user or a team, and their organisation. */
    record OwnerBody(String kind, UUID organisationId, UUID id) {}

    /** An outcome: {@code outcome} DONE or NOT_DONE, with what was done or why not. */
    record OutcomeBody(String outcome, String text) {}

    /** The setter's answer to "not done": agree true closes it; false, with a reason, opens it again. */
    record NotDoneAgreementBody(Boolean agree, String reason) {}

    /** An action as the caller may see it. {@code status}: OPEN, NOT_DONE_PROPOSED, DONE or NOT_DONE. */
    record ActionBody(UUID id, String about, UUID subjectId, String subjectDescription, String whatToDo, String doneWhen, LocalDate dueOn,
            boolean overdue, String status, OwnerBody owner, String ownerName, String ownerOrganisationName, UUID setBy, String setByName,
            String setterOrganisationName, Instant setAt, Instant escalatedAt, List<EntryBody> history) {

        static ActionBody of(Action a) {
            return new ActionBody(a.id().value(), a.subjectKind().name(), a.subjectId(), a.subjectDescription(), a.whatToDo(), a.doneWhen(),
                    a.dueOn(), a.overdue(), a.status().name(), new OwnerBody(a.owner().kind().name(), a.owner().organisationId(), a.owner().id()),
                    a.ownerName(), a.ownerOrganisationName(), a.setBy(), a.setByName(), a.setterOrganisationName(), a.setAt(),
                    a.escalatedAt().orElse(null), a.history().stream().map(e -> new EntryBody(e.kind().name(), e.text(), e.recordedByName(),
                            e.recordedAt())).toList());
        }
    }

    /** One step of an action's history. {@code kind}: DONE, NOT_DONE_PROPOSED, NOT_DONE_AGREED or NOT_DONE_REFUSED. */
    record EntryBody(String kind, String text, String recordedByName, Instant recordedAt) {}

    /** An action in a list. */
    record RowBody(UUID id, String about, String whatToDo, String setByName, String ownerName, LocalDate dueOn, String status, boolean overdue) {
        static List<RowBody> of(List<ActionRow> rows) {
            return rows.stream().map(r -> new RowBody(r.id().value(), r.subjectKind().name(), r.whatToDo(), r.setByName(), r.ownerName(),
                    r.dueOn(), r.status().name(), r.overdue())).toList();
        }
    }

    /** The caller's actions: owned and not closed, set by the caller, and escalated to the caller's organisation. */
    record MineBody(List<RowBody> owned, List<RowBody> setByMe, List<RowBody> escalated) {
        static MineBody of(MyActions mine) {
            return new MineBody(RowBody.of(mine.owned()), RowBody.of(mine.setByMe()), RowBody.of(mine.escalated()));
        }
    }
}

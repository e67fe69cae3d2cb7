package org.safeshare.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.actions.domain.ActionStatus;
import org.safeshare.actions.domain.HistoryKind;
import org.safeshare.actions.subjects.SubjectKind;

/**
 * An action as its reader may see it, with its whole history, and what this reader may do with it.
 *
 * @param mayRecordOutcome whether the reader owns it (or is the owner's DSL) and it is open
 * @param mayAgree         whether the reader set it and a "not done" waits for their agreement
 */
public record Action(ActionId id, SubjectKind subjectKind, UUID subjectId, String subjectDescription, String subjectPath,
        UUID setBy, String setByName, String setterOrganisationName, OwnerRef owner, String ownerName, String ownerOrganisationName,
        String whatToDo, String doneWhen, LocalDate dueOn, Instant setAt, ActionStatus status, Optional<Instant> remindedAt,
        Optional<Instant> escalatedAt, boolean overdue, List<Entry> history, boolean mayRecordOutcome, boolean mayAgree) {

    public Action {
        history = List.copyOf(history);
    }

    /** One step of the history: an outcome or an answer to "not done", by whom and when; never changed. */
    public record Entry(HistoryKind kind, String text, String recordedByName, Instant recordedAt) {}
}

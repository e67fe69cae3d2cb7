package org.safeshare.actions;

import java.time.LocalDate;
import java.util.Optional;
import java.time.Instant;
import org.safeshare.actions.domain.ActionStatus;
import org.safeshare.actions.subjects.SubjectKind;

/** An action in a list: what, for whom, by when, where it stands. */
public record ActionRow(ActionId id, SubjectKind subjectKind, String whatToDo, String setByName, String ownerName, LocalDate dueOn,
        ActionStatus status, Optional<Instant> escalatedAt, boolean overdue) {}

package org.safeshare.actions;

import java.time.LocalDate;
import java.util.UUID;
import org.safeshare.actions.subjects.SubjectKind;

/** What the setter asks: on which record, who owns it, what is to be done, what "done" means, and by when. */
public record NewAction(SubjectKind about, UUID subjectId, OwnerRef owner, String whatToDo, String doneWhen, LocalDate dueOn) {}

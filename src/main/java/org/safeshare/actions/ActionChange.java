package org.safeshare.actions;

import java.util.List;
import org.safeshare.actions.domain.FieldProblem;

/** The result of setting an action or recording its outcome: done, or refused with what to correct (nothing saved). */
public sealed interface ActionChange {

    record Done(ActionId id) implements ActionChange {}

    record Refused(List<FieldProblem> problems) implements ActionChange {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}

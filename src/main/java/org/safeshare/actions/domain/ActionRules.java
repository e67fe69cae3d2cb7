package org.safeshare.actions.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a new action must say (issue 12; HM Government information sharing advice 2024: "be proactive and follow up on
 * actions to ensure they have been completed"): what is to be done, what "done" means, who owns it and by when. A due
 * date in the past is refused, naming the field: an action born overdue would escalate before anyone saw it.
 */
public final class ActionRules {

    public static final int LONGEST_TEXT = 2000;

    private ActionRules() {}

    /** The facts of a new action as the rules see them; the owner is whether one was chosen from the directory. */
    public record Facts(String whatToDo, String doneWhen, boolean ownerChosen, LocalDate dueOn) {}

    public static List<FieldProblem> problemsWith(Facts facts, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        text(facts.whatToDo(), "whatToDo", "Enter what is to be done", problems);
        if (!facts.ownerChosen()) {
            problems.add(new FieldProblem("owner", "Choose who owns the action from the directory"));
        }
        if (facts.dueOn() == null) {
            problems.add(new FieldProblem("dueOn", "Enter the date the action is due"));
        } else if (facts.dueOn().isBefore(today)) {
            problems.add(new FieldProblem("dueOn", "The date the action is due must be today or in the future"));
        }
        text(facts.doneWhen(), "doneWhen", "Enter what \"done\" means for this action", problems);
        return problems;
    }

    static void text(String value, String field, String whenBlank, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, whenBlank));
        } else if (value.strip().length() > LONGEST_TEXT) {
            problems.add(new FieldProblem(field, "Enter " + LONGEST_TEXT + " characters or fewer"));
        }
    }
}

package org.safeshare.actions.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How an action closes (issue 12): only with an outcome, done (with what was done) or not done (with why). "Not done"
 * closes only with the agreement of the one who set it; refused, the action is open again. A closed action takes no
 * further outcome. Nothing closes silently: every step is an entry of the history.
 */
public final class Lifecycle {

    private Lifecycle() {}

    /** The result of an outcome or an answer: the next status and the history entry, or what is wrong. */
    public sealed interface Step {
        record Moved(ActionStatus next, HistoryKind entry) implements Step {}

        record Refused(List<FieldProblem> problems) implements Step {}
    }

    /** The owner records an outcome: done (true), not done (false), or nothing chosen (null). */
    public static Step outcome(ActionStatus status, Boolean done, String text) {
        if (status.closed()) {
            return refused("outcome", "This action is closed: its outcome is already recorded");
        }
        if (status == ActionStatus.NOT_DONE_PROPOSED) {
            return refused("outcome", "\"Not done\" is waiting for the agreement of the one who set the action");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (done == null) {
            problems.add(new FieldProblem("outcome", "Choose whether the action was done"));
        }
        ActionRules.text(text, "text", Boolean.FALSE.equals(done) ? "Say why the action was not done" : "Say what was done", problems);
        if (!problems.isEmpty()) {
            return new Step.Refused(problems);
        }
        return done ? new Step.Moved(ActionStatus.DONE, HistoryKind.DONE)
                : new Step.Moved(ActionStatus.NOT_DONE_PROPOSED, HistoryKind.NOT_DONE_PROPOSED);
    }

    /** The setter answers a "not done": agree (true) closes it, refuse (false, with a reason) opens it again. */
    public static Step agreement(ActionStatus status, Boolean agree, String reason) {
        if (status != ActionStatus.NOT_DONE_PROPOSED) {
            return refused("agree", "No \"not done\" is waiting for your agreement on this action");
        }
        if (agree == null) {
            return refused("agree", "Choose whether you agree that the action was not done");
        }
        if (!agree) {
            List<FieldProblem> problems = new ArrayList<>();
            ActionRules.text(reason, "reason", "Say why you do not agree", problems);
            if (!problems.isEmpty()) {
                return new Step.Refused(problems);
            }
            return new Step.Moved(ActionStatus.OPEN, HistoryKind.NOT_DONE_REFUSED);
        }
        return new Step.Moved(ActionStatus.NOT_DONE, HistoryKind.NOT_DONE_AGREED);
    }

    private static Step refused(String field, String message) {
        return new Step.Refused(List.of(new FieldProblem(field, message)));
    }
}

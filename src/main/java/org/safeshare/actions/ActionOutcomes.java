package org.safeshare.actions;

import java.time.Clock;
import java.util.List;
import org.safeshare.actions.domain.ActionAccess;
import org.safeshare.actions.domain.FieldProblem;
import org.safeshare.actions.domain.Lifecycle;
import org.safeshare.actions.persistence.ActionRepository;
import org.safeshare.actions.persistence.ActionRepository.Stored;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing an action (issue 12: "an action closes only with an outcome"): its owner records done (with what was done)
 * or not done (with why); "not done" waits for the agreement of the one who set it, who agrees (it closes) or refuses
 * with a reason (it is open again). Each step is appended to the history and audited; nothing is overwritten.
 */
@Service
@Transactional
public class ActionOutcomes {

    private final ActionRepository actions;
    private final ActionReading reading;
    private final ActionNotices notices;
    private final Audit audit;
    private final Clock clock;

    ActionOutcomes(ActionRepository actions, ActionReading reading, ActionNotices notices, Audit audit, Clock clock) {
        this.actions = actions;
        this.reading = reading;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The owner's outcome: done (true) or not done (false), with what was done or why not. */
    public ActionChange recordOutcome(Actor actor, ActionId id, Boolean done, String text) {
        ActionAccess.Reader reader = reading.reader(actor);
        Stored action = reading.readable(actor, reader, id);
        if (!ActionAccess.mayRecordOutcome(reader, ActionReading.parties(action))) {
            return refused("outcome", "Only the action's owner, or their designated safeguarding lead, records its outcome");
        }
        ActionChange change = apply(actor, action, Lifecycle.outcome(action.status(), done, text), text, AuditAction.ACTION_OUTCOME_RECORDED);
        if (change instanceof ActionChange.Done && Boolean.FALSE.equals(done)) {
            notices.tellSetter(action.setBy(), !action.setByPartnerSystem(), NotificationKind.ACTION_AGREEMENT_ASKED, action.id());
        }
        return change;
    }

    /** The setter's answer to "not done": agree (true) or refuse (false, with a reason). */
    public ActionChange answerNotDone(Actor actor, ActionId id, Boolean agree, String reason) {
        ActionAccess.Reader reader = reading.reader(actor);
        Stored action = reading.readable(actor, reader, id);
        if (!ActionAccess.mayAgree(reader, ActionReading.parties(action))) {
            return refused("agree", "Only the one who set the action agrees that it was not done");
        }
        ActionChange change = apply(actor, action, Lifecycle.agreement(action.status(), agree, reason),
                reason == null || reason.isBlank() ? "Agreed" : reason, AuditAction.ACTION_NOT_DONE_ANSWERED);
        if (change instanceof ActionChange.Done && Boolean.FALSE.equals(agree)) {
            notices.tellOwner(action.owner(), NotificationKind.ACTION_ASSIGNED, action.id());
        }
        return change;
    }

    private ActionChange apply(Actor actor, Stored action, Lifecycle.Step step, String text, AuditAction audited) {
        return switch (step) {
            case Lifecycle.Step.Refused refused -> new ActionChange.Refused(refused.problems());
            case Lifecycle.Step.Moved moved -> {
                if (!actions.move(action.id(), action.status(), moved.next())) {
                    yield refused("outcome", "Someone else has just recorded an outcome for this action: look at it again");
                }
                actions.append(action.id(), new ActionRepository.StoredEntry(moved.entry(), text.strip(), actor.id(), actor.displayName(),
                        clock.instant()));
                audit.record(AuditEvent.of(actor, audited).touching(ActionSetting.ref(action.id())));
                yield new ActionChange.Done(new ActionId(action.id()));
            }
        };
    }

    private static ActionChange refused(String field, String message) {
        return new ActionChange.Refused(List.of(new FieldProblem(field, message)));
    }
}

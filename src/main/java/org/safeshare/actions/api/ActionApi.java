package org.safeshare.actions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.actions.ActionChange;
import org.safeshare.actions.ActionId;
import org.safeshare.actions.ActionOutcomes;
import org.safeshare.actions.ActionReading;
import org.safeshare.actions.ActionSetting;
import org.safeshare.actions.NewAction;
import org.safeshare.actions.OwnerRef;
import org.safeshare.actions.api.ActionBodies.ActionBody;
import org.safeshare.actions.api.ActionBodies.NotDoneAgreementBody;
import org.safeshare.actions.api.ActionBodies.MineBody;
import org.safeshare.actions.api.ActionBodies.NewActionBody;
import org.safeshare.actions.api.ActionBodies.OutcomeBody;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Actions for partner systems: set one on a record the caller may see, read it, list the caller's, record an outcome,
 * answer a "not done". An action the caller may not see, or a record it may not see, is 404; a partner system counts as
 * its organisation's designated safeguarding lead (docs/adr/0020).
 */
@RestController
@Tag(name = "Actions", description = "Follow-up actions on decisions, requests, disclosures, referrals and meetings, closed only with an outcome")
class ActionApi {

    private final ActionSetting setting;
    private final ActionReading reading;
    private final ActionOutcomes outcomes;

    ActionApi(ActionSetting setting, ActionReading reading, ActionOutcomes outcomes) {
        this.setting = setting;
        this.reading = reading;
        this.outcomes = outcomes;
    }

    @PostMapping("/api/v1/actions")
    @Operation(summary = "Set an action on a record the caller may see, with an owner from the directory, a due date (today or later) and what done means")
    ResponseEntity<ActionBody> set(@AuthenticationPrincipal Actor actor, @RequestBody NewActionBody body) {
        SubjectKind about = Arrays.stream(SubjectKind.values()).filter(k -> k.name().equals(body.about())).findFirst().orElse(null);
        if (about == null || body.subjectId() == null) {
            throw new NotFoundException("Record");
        }
        OwnerRef owner = owner(body.owner()).orElse(null);
        ActionId id = done(setting.set(actor, new NewAction(about, body.subjectId(), owner, body.whatToDo(), body.doneWhen(), body.dueOn())));
        return ResponseEntity.created(URI.create("/api/v1/actions/" + id)).body(ActionBody.of(reading.view(actor, id)));
    }

    @GetMapping("/api/v1/actions/{id}")
    @Operation(summary = "An action, with its history, if the caller set it, owns it or is the setter's or owner's organisation's lead")
    ActionBody action(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ActionBody.of(reading.view(actor, new ActionId(id)));
    }

    @GetMapping("/api/v1/actions")
    @Operation(summary = "The caller's actions (?mine): owned and not closed, set by the caller, and overdue ones escalated to its organisation")
    MineBody mine(@AuthenticationPrincipal Actor actor) {
        return MineBody.of(reading.mine(actor));
    }

    @PostMapping("/api/v1/actions/{id}/outcome")
    @Operation(summary = "Record the outcome: DONE with what was done, or NOT_DONE with why (then the setter's agreement is asked)")
    ActionBody outcome(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody OutcomeBody body) {
        Boolean done = "DONE".equals(body.outcome()) ? Boolean.TRUE : "NOT_DONE".equals(body.outcome()) ? Boolean.FALSE : null;
        return ActionBody.of(reading.view(actor, done(outcomes.recordOutcome(actor, new ActionId(id), done, body.text()))));
    }

    @PostMapping("/api/v1/actions/{id}/agreement")
    @Operation(summary = "The setter agrees that the action was not done (it closes) or refuses with a reason (it is open again)")
    ActionBody agreement(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody NotDoneAgreementBody body) {
        return ActionBody.of(reading.view(actor, done(outcomes.answerNotDone(actor, new ActionId(id), body.agree(), body.reason()))));
    }

    private static Optional<OwnerRef> owner(ActionBodies.OwnerBody body) {
        if (body == null || body.organisationId() == null || body.id() == null) {
            return Optional.empty();
        }
        return Arrays.stream(OwnerRef.Kind.values()).filter(k -> k.name().equals(body.kind())).findFirst()
                .map(k -> new OwnerRef(k, body.organisationId(), body.id()));
    }

    private static ActionId done(ActionChange change) {
        return switch (change) {
            case ActionChange.Done done -> done.id();
            case ActionChange.Refused refused -> throw new InvalidRequestException(refused.problems().stream()
                    .map(p -> new InvalidRequestException.FieldProblem(p.field(), p.message())).toList());
        };
    }
}

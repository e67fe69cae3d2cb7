package org.safeshare.decisions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.DecisionChange;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.Decisions;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Decision records for partner systems: record, correct, read and list (golden rule 7). */
@RestController
@Tag(name = "Decisions", description = "Records of decisions to share or not to share, with their reasons")
class DecisionApi {

    private final Decisions decisions;
    private final People people;
    private final TransactionTemplate oneTransaction;

    DecisionApi(Decisions decisions, People people, PlatformTransactionManager transactions) {
        this.decisions = decisions;
        this.people = people;
        this.oneTransaction = new TransactionTemplate(transactions);
    }

    /** A new decision: the facts are evaluated here, never taken from the caller's recommendation. */
    record NewDecision(UUID personId, SharingFactsBody facts, DecisionTakenBody decision) {}

    /** A correction: the whole record as it should read, and why. */
    record DecisionCorrection(SharingFactsBody facts, DecisionTakenBody decision, String reason) {}

    @PostMapping("/api/v1/decisions")
    @Operation(summary = "Record a decision to share or not to share")
    ResponseEntity<DecisionRecordBody> record(@AuthenticationPrincipal Actor actor, @RequestBody NewDecision body) {
        requireParts(body.facts(), body.decision());
        // The guarded read of the person and the recording in one transaction, one connection from the pool; the answer
        // is the record as written, not read back (docs/performance.md).
        DecisionChange.Recorded recorded = recorded(oneTransaction.execute(t -> decisions.record(actor,
                Optional.ofNullable(body.personId()).map(p -> people.visible(actor, new PersonId(p))), body.facts().facts(),
                body.decision().decision())));
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + recorded.id())).body(DecisionRecordBody.of(recorded.record()));
    }

    @PostMapping("/api/v1/decisions/{id}/corrections")
    @Operation(summary = "Correct a decision record: a new version with its reason; earlier versions stay")
    ResponseEntity<DecisionRecordBody> correct(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody DecisionCorrection body) {
        requireParts(body.facts(), body.decision());
        DecisionChange.Recorded recorded = recorded(decisions.correct(actor, new DecisionId(id), body.facts().facts(),
                body.decision().decision(), body.reason()));
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + recorded.id())).body(DecisionRecordBody.of(recorded.record()));
    }

    @GetMapping("/api/v1/decisions/{id}")
    @Operation(summary = "A decision record with every version")
    DecisionRecordBody decision(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return DecisionRecordBody.of(decisions.view(actor, new DecisionId(id)));
    }

    @GetMapping("/api/v1/people/{id}/decisions")
    @Operation(summary = "The decisions recorded about a person held by the caller's organisation, newest first")
    List<DecisionRecordBody> forPerson(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return decisions.forPerson(actor, people.visible(actor, new PersonId(id))).stream().map(DecisionRecordBody::of).toList();
    }

    private static DecisionChange.Recorded recorded(DecisionChange change) {
        return switch (change) {
            case DecisionChange.Recorded recorded -> recorded;
            case DecisionChange.Refused refused -> throw new InvalidRequestException(DecisionSupportApi.problems(refused.problems()));
        };
    }

    private static void requireParts(SharingFactsBody facts, DecisionTakenBody decision) {
        if (facts == null || decision == null) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem(facts == null ? "facts" : "decision",
                    "Send the " + (facts == null ? "facts the decision was based on" : "decision taken"))));
        }
    }
}

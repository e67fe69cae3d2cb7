package org.safeshare.consent.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.consent.ConsentChange;
import org.safeshare.consent.ConsentId;
import org.safeshare.consent.ConsentPositions;
import org.safeshare.consent.ConsentWithdrawals;
import org.safeshare.consent.Consents;
import org.safeshare.consent.domain.Withdrawal;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Consent records for partner systems: record, list, withdraw, and the consent position for a sharing. */
@RestController
@Tag(name = "Consent", description = "Consent and refusal records, withdrawal, and whether valid consent exists for a sharing")
class ConsentApi {

    private final Consents consents;
    private final ConsentWithdrawals withdrawals;
    private final ConsentPositions positions;

    private final People people;

    ConsentApi(Consents consents, ConsentWithdrawals withdrawals, ConsentPositions positions, People people) {
        this.people = people;
        this.consents = consents;
        this.withdrawals = withdrawals;
        this.positions = positions;
    }

    @GetMapping("/api/v1/people/{id}/consents")
    @Operation(summary = "The consent and refusal records held about a person, newest first")
    List<ConsentBodies.Record> forPerson(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return consents.forPerson(actor, people.visible(actor, new PersonId(id))).stream().map(ConsentBodies.Record::of).toList();
    }

    @PostMapping("/api/v1/people/{id}/consents")
    @Operation(summary = "Record consent given or refused; with no expiry, the partnership default applies")
    ResponseEntity<ConsentBodies.Record> record(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody ConsentBodies.Terms body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem("answer", "Send the consent record")));
        }
        ConsentId consent = recorded(consents.record(actor, people.visible(actor, new PersonId(id)), body.terms()));
        return ResponseEntity.created(URI.create("/api/v1/consents/" + consent)).body(view(actor, consent));
    }

    @GetMapping("/api/v1/consents/{id}")
    @Operation(summary = "A consent record with every version and its withdrawal")
    ConsentBodies.Record consent(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ConsentBodies.Record.of(consents.open(actor, new ConsentId(id)));
    }

    /** The whole record as it should read, and why: it is kept as a new version; earlier versions stay as they were. */
    record ConsentCorrection(ConsentBodies.Terms terms, String reason) {}

    @PostMapping("/api/v1/consents/{id}/corrections")
    @Operation(summary = "Correct a consent record: the terms as they should read and the reason, kept as a new version")
    ResponseEntity<ConsentBodies.Record> correct(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody ConsentCorrection body) {
        ConsentId consent = new ConsentId(id);
        consents.view(actor, consent);
        if (body == null || body.terms() == null) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem("terms", "Send the record as it should read")));
        }
        ConsentChange change = consents.correct(actor, consent, body.terms().terms(), body.reason());
        if (change instanceof ConsentChange.Refused refused) {
            throw new InvalidRequestException(problems(refused.problems()).stream().map(ConsentApi::inCorrection).toList());
        }
        return ResponseEntity.created(URI.create("/api/v1/consents/" + consent)).body(view(actor, consent));
    }

    private ConsentBodies.Record view(Actor actor, ConsentId consent) {
        return ConsentBodies.Record.of(consents.view(actor, consent));
    }

    /** Field names as the correction body spells them: the reason, and the terms' fields under "terms". */
    private static InvalidRequestException.FieldProblem inCorrection(InvalidRequestException.FieldProblem problem) {
        String field = "correctionReason".equals(problem.field()) ? "reason" : "terms." + problem.field();
        return new InvalidRequestException.FieldProblem(field, problem.detail());
    }

    @PostMapping("/api/v1/consents/{id}/withdrawal")
    @Operation(summary = "Record withdrawal of consent; recipients of information shared on it are told")
    ConsentBodies.Record withdraw(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody ConsentBodies.Withdrawn body) {
        Withdrawal withdrawal = body == null ? new Withdrawal(null, null, null, null, null) : body.withdrawal();
        return view(actor, recorded(withdrawals.withdraw(actor, new ConsentId(id), withdrawal)));
    }

    @GetMapping("/api/v1/people/{id}/consent-position")
    @Operation(summary = "Whether valid consent exists for this purpose and recipient, who may give it, and any ground to proceed without it")
    ConsentPositionBody position(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam ConsentValues.Purpose purpose, @RequestParam(required = false) UUID recipientOrganisation) {
        return ConsentPositionBody.of(positions.position(actor, people.visible(actor, new PersonId(id)),
                ConsentValues.as(PurposeCategory.class, purpose), Optional.ofNullable(recipientOrganisation).map(OrganisationId::new)));
    }

    private static ConsentId recorded(ConsentChange change) {
        return switch (change) {
            case ConsentChange.Recorded recorded -> recorded.id();
            case ConsentChange.Refused refused -> throw new InvalidRequestException(problems(refused.problems()));
        };
    }

    private static List<InvalidRequestException.FieldProblem> problems(Map<String, String> problems) {
        return problems.entrySet().stream().map(e -> new InvalidRequestException.FieldProblem(e.getKey(), e.getValue())).toList();
    }
}

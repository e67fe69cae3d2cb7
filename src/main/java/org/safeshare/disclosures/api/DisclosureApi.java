package org.safeshare.disclosures.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.disclosures.DisclosureChange;
import org.safeshare.disclosures.DisclosureId;
import org.safeshare.disclosures.DisclosureReading;
import org.safeshare.disclosures.DisclosureRecalls;
import org.safeshare.disclosures.DisclosureSending;
import org.safeshare.disclosures.DisclosureSummary;
import org.safeshare.disclosures.ReleaseRequest;
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

/**
 * Secure disclosures for partner systems: send, list (inbox or outbox), read, open and recall. A partner system receives
 * only what was addressed to it by name; anything else is "not found".
 */
@RestController
@Tag(name = "Disclosures", description = "Secure disclosures of chosen items about a person to named recipients of a partner organisation")
class DisclosureApi {

    private final DisclosureSending sending;
    private final DisclosureReading reading;
    private final DisclosureRecalls recalls;

    DisclosureApi(DisclosureSending sending, DisclosureReading reading, DisclosureRecalls recalls) {
        this.sending = sending;
        this.reading = reading;
        this.recalls = recalls;
    }

    record RecallBody(String reason, UUID itemId) {}

    record OpeningBody(Boolean conditionsAcknowledged) {}

    @PostMapping("/api/v1/disclosures")
    @Operation(summary = "Send a disclosure under a recorded decision to share; identities at risk are withheld from the recipients")
    ResponseEntity<DisclosureJson> send(@AuthenticationPrincipal Actor actor, @RequestBody NewDisclosureJson body) {
        DisclosureId id = done(sending.send(actor, body.command()));
        return ResponseEntity.created(URI.create("/api/v1/disclosures/" + id)).body(DisclosureJson.of(reading.read(actor, id)));
    }

    @GetMapping("/api/v1/disclosures")
    @Operation(summary = "Disclosures addressed to the caller (box=inbox, the same list GET /api/v1/inbox gives) or sent by it (box=outbox)")
    List<SummaryJson> list(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "inbox") String box) {
        List<DisclosureSummary> listed = switch (box) {
            case "inbox" -> reading.inbox(actor);
            case "outbox" -> reading.outbox(actor);
            default -> throw new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem("box", "Send inbox or outbox")));
        };
        return listed.stream().map(SummaryJson::of).toList();
    }

    /** One row of a box as the API answers it: its own record with the fields it has always had (ADR 0022). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DisclosureSummary")
    record SummaryJson(UUID id, String counterpart, String sentByName, java.time.Instant sentAt, int items, boolean opened, boolean recalled) {

        static SummaryJson of(DisclosureSummary s) {
            return new SummaryJson(s.id().value(), s.counterpart(), s.sentByName(), s.sentAt(), s.items(), s.opened(), s.recalled());
        }
    }

    @GetMapping("/api/v1/disclosures/{id}")
    @Operation(summary = "A disclosure; a recipient sees its content once it has opened it (POST .../opening)")
    DisclosureJson read(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return DisclosureJson.of(reading.read(actor, new DisclosureId(id)));
    }

    @PostMapping("/api/v1/disclosures/{id}/opening")
    @Operation(summary = "Open a disclosure addressed to the caller, acknowledging its conditions on onward sharing: a receipt the sender sees")
    DisclosureJson open(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody OpeningBody body) {
        DisclosureJson opened = DisclosureJson.of(reading.open(actor, new DisclosureId(id), Boolean.TRUE.equals(body.conditionsAcknowledged())));
        if (!opened.opened() && opened.recalled() == null && opened.hasConditions()) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem("conditionsAcknowledged",
                    "Acknowledge the conditions on onward sharing to open this disclosure")));
        }
        return opened;
    }

    @PostMapping("/api/v1/disclosures/{id}/recall")
    @Operation(summary = "Recall a whole disclosure, or one item (itemId), with a reason the recipients are told; the content is destroyed")
    DisclosureJson recall(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody RecallBody body) {
        DisclosureId recalled = done(recalls.recall(actor, new DisclosureId(id), Optional.ofNullable(body.itemId()), body.reason()));
        return DisclosureJson.of(reading.read(actor, recalled));
    }

    record ReleaseRequestBody(String reason) {}

    record ReleaseDecisionBody(Boolean release) {}

    /** The item a DSL of the sending organisation reads to decide: the one reader beyond sender and recipients. */
    record ReleaseRequestJson(UUID disclosureId, UUID itemId, String sentBy, String recipientOrganisation, String text, String source,
            String reason) {}

    @PostMapping("/api/v1/disclosures/{id}/items/{itemId}/release-request")
    @Operation(summary = "The sender asks its organisation's DSLs to release the identities withheld in an item (HM Government information"
            + " sharing advice 2024, golden rule 5), saying why; the recipients keep reading them withheld until a DSL releases them")
    DisclosureJson requestRelease(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
            @RequestBody ReleaseRequestBody body) {
        DisclosureId asked = done(recalls.requestRelease(actor, new DisclosureId(id), itemId, body.reason()));
        return DisclosureJson.of(reading.read(actor, asked));
    }

    @GetMapping("/api/v1/disclosures/{id}/items/{itemId}/release-request")
    @Operation(summary = "An item awaiting release, as a DSL of the sending organisation (not the one who asked) reads it to decide;"
            + " anyone else gets 404. A partner system holds no DSL role, so this and the decision need a DSL's own sign-in")
    ReleaseRequestJson awaitingRelease(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID itemId) {
        ReleaseRequest r = recalls.awaitingRelease(actor, new DisclosureId(id), itemId);
        return new ReleaseRequestJson(r.disclosureId().value(), r.itemId(), r.sentByName(), r.recipientOrganisation(), r.item().text(),
                r.item().source(), r.reason());
    }

    @PostMapping("/api/v1/disclosures/{id}/items/{itemId}/release-decision")
    @Operation(summary = "A DSL of the sending organisation releases the withheld identities to the recipients (release: true) or"
            + " keeps them withheld (release: false); audited")
    ResponseEntity<Void> decideRelease(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
            @RequestBody ReleaseDecisionBody body) {
        if (body.release() == null) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem("release",
                    "Send true to release the names to the recipients or false to keep them withheld")));
        }
        done(recalls.decideRelease(actor, new DisclosureId(id), itemId, body.release()));
        return ResponseEntity.noContent().build();
    }

    private static DisclosureId done(DisclosureChange change) {
        return switch (change) {
            case DisclosureChange.Done done -> done.id();
            case DisclosureChange.Refused refused -> throw new InvalidRequestException(refused.problems().stream()
                    .map(p -> new InvalidRequestException.FieldProblem(p.field(), p.message())).toList());
        };
    }

}

package org.safeshare.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.safeshare.matching.Holder;
import org.safeshare.matching.HolderLookup;
import org.safeshare.matching.Holders;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** "Does anyone else know this child?" for a MASH officer's or DSL's system: a POST, as each call is audited and alerts the holders. */
@RestController
@Tag(name = "Record linkage", description = "Which organisations of the partnership hold a record of a child")
class HoldersApi {

    private final Holders holders;
    private final People people;

    HoldersApi(Holders holders, People people) {
        this.holders = holders;
        this.people = people;
    }

    /** The purpose, one of LookupPurpose's codes. */
    record LookupBody(String purpose) {}

    /** {@code index}: whether the partnership's linkage index held every child's record when asked. */
    record HoldersBody(List<HolderBody> holders, LinkageBodies.IndexBody index) {}

    /** An organisation holding a record of the child, as the API has always answered it (its own record: ADR 0022). */
    @Schema(name = "Holder")
    record HolderBody(String organisation, LocalDate heldSince, double probability, boolean confirmed, String rule, List<ReasonBody> reasons,
            UUID link) {

        static HolderBody of(Holder h) {
            return new HolderBody(h.organisation(), h.heldSince(), h.probability(), h.confirmed(), h.rule(),
                    h.reasons().stream().map(r -> new ReasonBody(r.field(), r.level(), r.weight())).toList(), h.link());
        }
    }

    /** One field's part in the score: "first name spelt nearly the same", +4.1 bits. ("Reason" is a decision recommendation's.) */
    @Schema(name = "HolderReason")
    record ReasonBody(String field, String level, double weight) {}

    @PostMapping("/api/v1/people/{id}/holders")
    @Operation(summary = "Organisations holding a record of this child, since when and why (field weights); never the records' contents")
    HoldersBody holders(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody LookupBody body) {
        if (!Holders.mayAsk(actor)) {
            throw new NotFoundException("Person");
        }
        var child = people.visible(actor, new PersonId(id));
        return switch (holders.lookUp(actor, child, body == null ? null : body.purpose())) {
            case HolderLookup.Found found -> new HoldersBody(found.holders().stream().map(HolderBody::of).toList(),
                    LinkageBodies.IndexBody.of(found.index()));
            case HolderLookup.Refused refused -> throw new InvalidRequestException(
                    List.of(new InvalidRequestException.FieldProblem(refused.field(), refused.message())));
        };
    }
}

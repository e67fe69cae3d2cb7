package org.safeshare.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.safeshare.matching.ClericalReview;
import org.safeshare.matching.LinkThresholds;
import org.safeshare.matching.LinkedRecords;
import org.safeshare.matching.Unlinking;
import org.safeshare.matching.api.LinkageBodies.DecisionBody;
import org.safeshare.matching.api.LinkageBodies.DecisionRequest;
import org.safeshare.matching.api.LinkageBodies.LinkBody;
import org.safeshare.matching.api.LinkageBodies.LinkedRecordBody;
import org.safeshare.matching.api.LinkageBodies.LinkedRecordsBody;
import org.safeshare.matching.api.LinkageBodies.ProposalBody;
import org.safeshare.matching.api.LinkageBodies.ReviewQueueBody;
import org.safeshare.matching.api.LinkageBodies.ThresholdsBody;
import org.safeshare.matching.api.LinkageBodies.ThresholdsRequest;
import org.safeshare.matching.api.LinkageBodies.ThresholdsSetBody;
import org.safeshare.matching.api.LinkageBodies.UnlinkBody;
import org.safeshare.matching.api.LinkageBodies.UnlinkRequest;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Record linkage for partner systems and the MASH's tools: a child's linked records of the caller's own organisation, the
 * clerical review queue, unlinking, and the partnership's thresholds. Other organisations' records are named only by the
 * holders lookup ({@link HoldersApi}), with a purpose. Anything the caller may not see or do is 404 (ADR 0025).
 */
@RestController
@Tag(name = "Record linkage", description = "Which organisations of the partnership hold a record of a child")
class LinkageApi {

    private final LinkedRecords linked;
    private final ClericalReview review;
    private final Unlinking unlinking;
    private final LinkThresholds thresholds;
    private final People people;

    LinkageApi(LinkedRecords linked, ClericalReview review, Unlinking unlinking, LinkThresholds thresholds, People people) {
        this.linked = linked;
        this.review = review;
        this.unlinking = unlinking;
        this.thresholds = thresholds;
        this.people = people;
    }

    @GetMapping("/api/v1/people/{id}/linked-records")
    @Operation(summary = "The child's linked records that the caller's own organisation holds; other organisations' only through POST .../holders with a purpose")
    LinkedRecordsBody linkedRecords(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        var child = people.visible(actor, new PersonId(id));
        return new LinkedRecordsBody(linked.of(actor, child).stream().map(LinkedRecordBody::of).toList(),
                LinkageBodies.IndexBody.of(linked.coverage(actor)));
    }

    @GetMapping("/api/v1/matching/review-queue")
    @Operation(summary = "Pairs awaiting clerical review in the caller's partnership (MASH officers and IG leads): organisations, probability, reasons")
    ReviewQueueBody queue(@AuthenticationPrincipal Actor actor) {
        return new ReviewQueueBody(review.queue(actor).stream().map(ProposalBody::of).toList());
    }

    @PostMapping("/api/v1/matching/proposals/{id}/decision")
    @Operation(summary = "Confirm (sameChild true: the records are linked) or reject (false: never proposed again) a proposed pair, with a reason")
    DecisionBody decide(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody DecisionRequest body) {
        review.queue(actor); // someone who may not review learns nothing, not even which fields are wrong
        if (body.sameChild() == null) {
            throw invalid("sameChild", "Say whether these records are the same child: true or false");
        }
        return switch (review.decide(actor, id, body.sameChild(), body.reason())) {
            case ClericalReview.ReviewDecision.Decided decided -> new DecisionBody(id, decided.status().name());
            case ClericalReview.ReviewDecision.Refused refused -> throw invalid(refused.field(), refused.message());
        };
    }

    @GetMapping("/api/v1/matching/links/{id}")
    @Operation(summary = "A link of the caller's partnership (MASH officers and IG leads): organisations, probability and reasons")
    LinkBody link(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return LinkBody.of(unlinking.link(actor, id));
    }

    @PostMapping("/api/v1/matching/links/{id}/unlinking")
    @Operation(summary = "Unlink two records found to be different children, with a reason; the pair is never proposed again")
    UnlinkBody unlink(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody UnlinkRequest body) {
        return switch (unlinking.unlink(actor, id, body.reason())) {
            case Unlinking.Unlink.Unlinked unlinked -> new UnlinkBody(id, "UNLINKED");
            case Unlinking.Unlink.Refused refused -> throw invalid(refused.field(), refused.message());
        };
    }

    @GetMapping("/api/v1/matching/thresholds")
    @Operation(summary = "The partnership's link and review thresholds (partnership administrator and IG leads)")
    ThresholdsBody thresholds(@AuthenticationPrincipal Actor actor) {
        return ThresholdsBody.of(thresholds.current(actor), thresholds.rescoring(actor));
    }

    @PutMapping("/api/v1/matching/thresholds")
    @Operation(summary = "Set the thresholds (partnership administrator only); the pairs the model decided are re-scored in the background (rescoring says how many are left), a person's decisions stay")
    ThresholdsSetBody setThresholds(@AuthenticationPrincipal Actor actor, @RequestBody ThresholdsRequest body) {
        return switch (thresholds.set(actor, body.link(), body.review())) {
            case LinkThresholds.ThresholdChange.Saved saved -> ThresholdsSetBody.of(saved);
            case LinkThresholds.ThresholdChange.Refused refused -> throw new InvalidRequestException(refused.problems().stream()
                    .map(p -> new InvalidRequestException.FieldProblem(p.field(), p.message())).toList());
        };
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem(field, message)));
    }
}

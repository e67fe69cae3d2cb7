package org.safeshare.referrals.api;

import static org.safeshare.platform.web.SameName.as;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.security.Actor;
import org.safeshare.referrals.Assessment;
import org.safeshare.referrals.Disagreements;
import org.safeshare.referrals.MashQueue;
import org.safeshare.referrals.NewReferral;
import org.safeshare.referrals.Referral;
import org.safeshare.referrals.ReferralChange;
import org.safeshare.referrals.ReferralId;
import org.safeshare.referrals.Referrals;
import org.safeshare.referrals.StrategyDiscussions;
import org.safeshare.referrals.Triage;
import org.safeshare.referrals.api.ReferralBodies.Page;
import org.safeshare.referrals.api.ReferralBodies.ReferralBody;
import org.safeshare.referrals.api.ReferralValues.Agency;
import org.safeshare.referrals.api.ReferralValues.DisagreementLevel;
import org.safeshare.referrals.api.ReferralValues.FamilyTold;
import org.safeshare.referrals.api.ReferralValues.Outcome;
import org.safeshare.referrals.api.ReferralValues.Rating;
import org.safeshare.referrals.api.ReferralValues.ReferralType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals for partner systems: make one, read it, and for the MASH rate it, decide it, record a strategy discussion
 * and answer a disagreement; the referrer's side may disagree. A referral the caller may not see is 404; a refusal is
 * 400 with RFC 9457 problem details naming each field.
 */
@RestController
@Tag(name = "Referrals", description = "Referrals to the MASH, their rating, decision within one working day and feedback")
class ReferralApi {

    private final Referrals referrals;
    private final Triage triage;
    private final StrategyDiscussions discussions;
    private final Disagreements disagreements;
    private final MashQueue queue;

    ReferralApi(Referrals referrals, Triage triage, StrategyDiscussions discussions, Disagreements disagreements, MashQueue queue) {
        this.referrals = referrals;
        this.triage = triage;
        this.discussions = discussions;
        this.disagreements = disagreements;
        this.queue = queue;
    }

    /** A referral as a partner system sends it; the body's own record, mapped to the module's command. */
    record NewReferralBody(ReferralType type, UUID personId, UUID decisionId, Boolean immediateDanger, String concernFacts,
            String concernOpinion, String concernHistorical, String risk, FamilyTold familyTold, String familyResponse,
            String otherAgencies) {
        NewReferral command() {
            return new NewReferral(as(org.safeshare.referrals.domain.ReferralType.class, type), personId, decisionId, immediateDanger,
                    concernFacts, concernOpinion, concernHistorical, risk, as(org.safeshare.referrals.domain.FamilyTold.class, familyTold),
                    familyResponse, otherAgencies);
        }
    }

    record RatingBody(Rating rating, String rationale) {}

    /** The matching API has a "DecisionBody" too: under one name the OpenAPI document described only one of the two. */
    @Schema(name = "ReferralDecisionBody")
    record DecisionBody(Outcome outcome, String reasons, String signpostedTo) {}

    record AttendeeBody(String name, Agency agency, String organisation) {}

    record MeetingBody(LocalDate heldOn, List<AttendeeBody> attendees, String shared, String decision) {}

    record DisagreementBody(String reason, DisagreementLevel level) {}

    record AnswerBody(String answer) {}

    @PostMapping("/api/v1/referrals")
    @Operation(summary = "Refer a child (or an adult at risk) the caller's organisation holds to the partnership's MASH")
    ResponseEntity<ReferralBody> send(@AuthenticationPrincipal Actor actor, @RequestBody NewReferralBody body) {
        ReferralId id = done(referrals.send(actor, body.command()));
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + id)).body(view(actor, id));
    }

    @GetMapping("/api/v1/referrals/{id}")
    @Operation(summary = "A referral, with its ratings, decision, strategy discussions and disagreements")
    ReferralBody referral(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return view(actor, new ReferralId(id));
    }

    @PostMapping("/api/v1/referrals/{id}/rating")
    @Operation(summary = "The MASH rates the referral red, amber or green with a rationale (a re-rating says why it changes)")
    ReferralBody rate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody RatingBody body) {
        return view(actor, done(triage.rate(actor, new ReferralId(id),
                new Assessment.RatingGiven(as(org.safeshare.referrals.domain.Rating.class, body.rating()), body.rationale()))));
    }

    @PostMapping("/api/v1/referrals/{id}/decision")
    @Operation(summary = "The MASH records its decision with reasons; the referrer and their DSLs are told")
    ReferralBody decide(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody DecisionBody body) {
        return view(actor, done(triage.decide(actor, new ReferralId(id), new Assessment.DecisionMade(
                as(org.safeshare.referrals.domain.Outcome.class, body.outcome()), body.reasons(), body.signpostedTo()))));
    }

    @PostMapping("/api/v1/referrals/{id}/meetings")
    @Operation(summary = "The MASH records a strategy discussion (Children Act 1989 s47): attendees, what was shared, the decision")
    ReferralBody meeting(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody MeetingBody body) {
        List<Referral.Attendee> attendees = body.attendees() == null ? List.of() : body.attendees().stream()
                .map(a -> a == null ? null : new Referral.Attendee(a.name(), as(org.safeshare.referrals.domain.Agency.class, a.agency()),
                        a.organisation())).toList();
        return view(actor, done(discussions.record(actor, new ReferralId(id),
                new StrategyDiscussions.NewMeeting(body.heldOn(), attendees, body.shared(), body.decision()))));
    }

    @PostMapping("/api/v1/referrals/{id}/disagreements")
    @Operation(summary = "The referrer's side escalates a disagreement with the decision")
    ReferralBody disagree(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody DisagreementBody body) {
        return view(actor, done(disagreements.raise(actor, new ReferralId(id), body.reason(),
                as(org.safeshare.referrals.domain.DisagreementLevel.class, body.level()))));
    }

    @PostMapping("/api/v1/referrals/{id}/disagreements/{disagreement}/answer")
    @Operation(summary = "The MASH answers a disagreement")
    ReferralBody answer(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID disagreement,
            @RequestBody AnswerBody body) {
        return view(actor, done(disagreements.answer(actor, new ReferralId(id), disagreement, body.answer())));
    }

    @GetMapping("/api/v1/mash/queue")
    @Operation(summary = "The caller's MASH queue: open referrals, least working time left first, 50 a page")
    Page queue(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "1") int page) {
        return Page.of(queue.queue(actor, page));
    }

    private ReferralBody view(Actor actor, ReferralId id) {
        return ReferralBody.of(referrals.view(actor, id));
    }

    private static ReferralId done(ReferralChange change) {
        return switch (change) {
            case ReferralChange.Done done -> done.id();
            case ReferralChange.Refused refused -> throw new InvalidRequestException(refused.problems().stream()
                    .map(p -> new InvalidRequestException.FieldProblem(p.field(), p.message())).toList());
        };
    }

}

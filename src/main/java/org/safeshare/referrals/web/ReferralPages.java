package org.safeshare.referrals.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.safeshare.referrals.Assessment;
import org.safeshare.referrals.Disagreements;
import org.safeshare.referrals.Referral;
import org.safeshare.referrals.ReferralChange;
import org.safeshare.referrals.ReferralId;
import org.safeshare.referrals.ReferralProblem;
import org.safeshare.referrals.Referrals;
import org.safeshare.referrals.Triage;
import org.safeshare.referrals.domain.DisagreementLevel;
import org.safeshare.referrals.domain.Outcome;
import org.safeshare.referrals.domain.Rating;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The referral page: what the referrer said; for the MASH, rating, asking partners, strategy discussions and the
 * decision; for the referrer's side, the outcome with its reasons and the way to disagree. Each form posts here and a
 * refusal shows the page again with the GOV.UK error summary.
 */
@Controller
@RecordForms.Bound
class ReferralPages {

    static final List<String> FIELDS = List.of("rating", "rationale", "outcome", "reasons", "signpostedTo", "reason", "level", "answer");

    private final Referrals referrals;
    private final Triage triage;
    private final Disagreements disagreements;

    ReferralPages(Referrals referrals, Triage triage, Disagreements disagreements) {
        this.referrals = referrals;
        this.triage = triage;
        this.disagreements = disagreements;
    }

    record RatingForm(String rating, String rationale) {}

    record DecisionForm(String outcome, String reasons, String signpostedTo) {}

    record DisagreementForm(String reason, String level) {}

    record AnswerForm(String answer) {}

    @GetMapping("/referrals/{id}")
    String referral(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return show(actor, id(id), model, FormErrors.none(), new DecisionForm(null, null, null), new RatingForm(null, null));
    }

    @PostMapping("/referrals/{id}/rating")
    String rate(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute RatingForm form, Model model) {
        ReferralChange change = triage.rate(actor, id(id), new Assessment.RatingGiven(ReferralForm.choice(Rating.class, form.rating()),
                form.rationale()));
        return after(actor, id, change, model, new DecisionForm(null, null, null), form);
    }

    @PostMapping("/referrals/{id}/decision")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute DecisionForm form, Model model) {
        ReferralChange change = triage.decide(actor, id(id), new Assessment.DecisionMade(ReferralForm.choice(Outcome.class, form.outcome()),
                form.reasons(), form.signpostedTo()));
        return after(actor, id, change, model, form, new RatingForm(null, null));
    }

    @PostMapping("/referrals/{id}/disagreements")
    String disagree(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute DisagreementForm form, Model model) {
        ReferralChange change = disagreements.raise(actor, id(id), form.reason(), ReferralForm.choice(DisagreementLevel.class, form.level()));
        return after(actor, id, change, model, new DecisionForm(null, null, null), new RatingForm(null, null));
    }

    @PostMapping("/referrals/{id}/disagreements/{disagreement}/answer")
    String answer(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String disagreement,
            @ModelAttribute AnswerForm form, Model model) {
        UUID which = ReferralForm.uuid(disagreement);
        if (which == null) {
            throw new NotFoundException("Disagreement");
        }
        ReferralChange change = disagreements.answer(actor, id(id), which, form.answer());
        // Each open disagreement has its own answer box (id "answer-<disagreement>"): the error goes beside the one answered.
        if (change instanceof ReferralChange.Refused refused) {
            change = new ReferralChange.Refused(refused.problems().stream().map(p -> p.field().equals("answer")
                    ? new ReferralProblem("answer-" + which, p.message()) : p).toList());
        }
        return after(actor, id, change, model, new DecisionForm(null, null, null), new RatingForm(null, null));
    }

    private String after(Actor actor, String id, ReferralChange change, Model model, DecisionForm decision, RatingForm rating) {
        return switch (change) {
            case ReferralChange.Done done -> "redirect:/referrals/" + done.id() + "?saved";
            case ReferralChange.Refused refused -> show(actor, id(id), model, Problems.errors(refused.problems(), FIELDS), decision, rating);
        };
    }

    private String show(Actor actor, ReferralId id, Model model, FormErrors errors, DecisionForm decision, RatingForm rating) {
        Referral referral = referrals.view(actor, id);
        model.addAttribute("referral", referral);
        model.addAttribute("errors", errors);
        model.addAttribute("decisionForm", decision);
        model.addAttribute("ratingForm", rating);
        model.addAttribute("ratingOptions", Arrays.stream(Rating.values()).map(r -> new Option(r.name(), r.label())).toList());
        model.addAttribute("outcomeOptions", Outcome.openTo(referral.type()).stream().map(o -> new Option(o.name(), o.label())).toList());
        model.addAttribute("levelOptions", Arrays.stream(DisagreementLevel.values()).map(l -> new Option(l.name(), l.label())).toList());
        return "referrals/referral";
    }

    static ReferralId id(String id) {
        return ReferralId.parse(id).orElseThrow(() -> new NotFoundException("Referral"));
    }
}

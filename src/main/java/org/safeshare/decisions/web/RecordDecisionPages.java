package org.safeshare.decisions.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeshare.decisions.AdviceRequests;
import org.safeshare.decisions.DecisionChange;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.Decisions;
import org.safeshare.decisions.Evaluation;
import org.safeshare.decisions.Recommendation;
import org.safeshare.decisions.domain.DecisionRecordRules;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The recommendation with its reasons, then the practitioner's decision and what golden rule 7 asks them to record. */
@Controller
@RecordForms.Bound
@RequestMapping("/decisions/new/{flow}")
class RecordDecisionPages {

    private static final Set<String> DECIDE_FIELDS = Set.of("choice", "reasons", "advice-outcome", "advice-fromRole");
    private static final Set<String> DEPARTURE_FIELDS = Set.of("departureReason");
    /** The decide page's third answer, offered only when the guidance recommends seeking consent before sharing. */
    private static final String SEEK_CONSENT = "SEEK_CONSENT";

    private final Decisions decisions;
    private final AdviceRequests advice;
    private final Organisations organisations;
    private final Drafts drafts;
    private final AgreementCoverage coverage;
    private final People people;

    RecordDecisionPages(Decisions decisions, AdviceRequests advice, Organisations organisations, Drafts drafts, AgreementCoverage coverage,
            People people) {
        this.coverage = coverage;
        this.drafts = drafts;
        this.people = people;
        this.decisions = decisions;
        this.advice = advice;
        this.organisations = organisations;
    }

    @GetMapping("/outcome")
    String outcome(@AuthenticationPrincipal Actor actor, @PathVariable String flow, HttpSession session, Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        if (Questions.firstUnanswered(draft).isPresent()) {
            return "redirect:/decisions/new/" + flow + "/check";
        }
        model.addAttribute("draft", draft);
        model.addAttribute("advice", adviceFor(actor, draft).orElse(null));
        model.addAttribute("referNow", ReferNow.from(organisations.directory(actor)));
        switch (decisions.evaluate(actor, FactsFromAnswers.facts(draft))) {
            case Evaluation.Evaluated evaluated -> model.addAttribute("recommendation", evaluated.recommendation());
            case Evaluation.Refused refused -> model.addAttribute("refusals", refused.problems().values());
        }
        return "decisions/outcome";
    }

    @GetMapping("/decide")
    String decidePage(@AuthenticationPrincipal Actor actor, @PathVariable String flow, HttpSession session, Model model) {
        return decide(actor, drafts.get(session, flow), model, FormErrors.none());
    }

    @PostMapping("/decide")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable String flow, @ModelAttribute DecideForm form, HttpSession session,
            Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        if (SEEK_CONSENT.equals(form.choice()) && seekingConsent(actor, draft)) {
            return "redirect:/decisions/new/" + flow + "/seek-consent";
        }
        form.keepIn(draft.decision);
        Drafts.save(session, draft);
        FormErrors errors = problems(actor, draft, DECIDE_FIELDS);
        if (errors.any()) {
            return decide(actor, draft, model, errors);
        }
        return "redirect:/decisions/new/" + flow + (departs(actor, draft) ? "/departure" : "/details");
    }

    /**
     * Seeking consent first, as recommended, records nothing yet: the practitioner asks, records the answer in the consent
     * register, then comes back to the journey, whose consent question then finds it. Golden rule 7 is met when the
     * decision itself is recorded.
     */
    @GetMapping("/seek-consent")
    String seekConsent(@AuthenticationPrincipal Actor actor, @PathVariable String flow, HttpSession session, Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        model.addAttribute("draft", draft);
        model.addAttribute("recommendation", recommendation(actor, draft));
        return "decisions/seek-consent";
    }

    /** Departing from the recommendation is a question of its own: why (professional judgement, recorded as such). */
    @GetMapping("/departure")
    String departurePage(@AuthenticationPrincipal Actor actor, @PathVariable String flow, HttpSession session, Model model) {
        return departure(actor, drafts.get(session, flow), model, FormErrors.none());
    }

    @PostMapping("/departure")
    String departure(@AuthenticationPrincipal Actor actor, @PathVariable String flow, @ModelAttribute DepartureForm form,
            HttpSession session, Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        form.keepIn(draft.decision);
        Drafts.save(session, draft);
        FormErrors errors = problems(actor, draft, DEPARTURE_FIELDS);
        return errors.any() ? departure(actor, draft, model, errors) : "redirect:/decisions/new/" + flow + "/details";
    }

    @GetMapping("/details")
    String detailsPage(@AuthenticationPrincipal Actor actor, @PathVariable String flow, HttpSession session, Model model) {
        return details(actor, drafts.get(session, flow), model, FormErrors.none());
    }

    @PostMapping("/details")
    String details(@AuthenticationPrincipal Actor actor, @PathVariable String flow, @ModelAttribute DetailsForm form,
            HttpSession session, Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        // The record is the allow-list: only the details page's own fields are kept, never a name the form does not have.
        form.keepIn(draft.decision);
        Drafts.save(session, draft);
        FormErrors errors = problems(actor, draft, null);
        return errors.any() ? details(actor, draft, model, errors) : "redirect:/decisions/new/" + flow + "/confirm";
    }

    @GetMapping("/confirm")
    String confirmPage(@AuthenticationPrincipal Actor actor, @PathVariable String flow, HttpSession session, Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        model.addAttribute("draft", draft);
        model.addAttribute("decision", DecisionForm.decision(draft.decision, adviceTaken(actor, draft)).withConsentRecord(draft.consentRecordId));
        model.addAttribute("recipient", recipientName(actor, draft));
        model.addAttribute("coverage", coverage.of(actor, draft).orElse(null));
        model.addAttribute("errors", FormErrors.none());
        return "decisions/confirm";
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal Actor actor, @PathVariable String flow, HttpSession session, Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        DecisionTaken decision = DecisionForm.decision(draft.decision, adviceTaken(actor, draft)).withConsentRecord(draft.consentRecordId);
        DecisionChange change = decisions.record(actor, Optional.ofNullable(draft.personId).map(p -> people.visible(actor, new PersonId(p))),
                FactsFromAnswers.facts(draft), decision);
        if (change instanceof DecisionChange.Recorded recorded) {
            Drafts.finish(session, draft, recorded.id().value());
            return "redirect:/decisions/" + recorded.id() + "?recorded=true";
        }
        Map<String, String> problems = ((DecisionChange.Refused) change).problems();
        FormErrors errors = FormErrors.none();
        problems.forEach((k, v) -> errors.add(DecisionForm.field(k), v));
        model.addAttribute("draft", draft);
        model.addAttribute("decision", decision);
        model.addAttribute("recipient", recipientName(actor, draft));
        model.addAttribute("coverage", coverage.of(actor, draft).orElse(null));
        model.addAttribute("errors", errors);
        return "decisions/confirm";
    }

    private String decide(Actor actor, DecisionDraft draft, Model model, FormErrors errors) {
        Recommendation recommendation = recommendation(actor, draft);
        model.addAttribute("draft", draft);
        model.addAttribute("form", draft.decision);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("choices", recommendation.outcome() == Recommendation.Outcome.SEEK_CONSENT
                ? List.of(SEEK_CONSENT, "SHARE", "DO_NOT_SHARE") : List.of("SHARE", "DO_NOT_SHARE"));
        model.addAttribute("advice", adviceFor(actor, draft).orElse(null));
        model.addAttribute("errors", errors);
        return "decisions/decide";
    }

    private String departure(Actor actor, DecisionDraft draft, Model model, FormErrors errors) {
        model.addAttribute("draft", draft);
        model.addAttribute("form", draft.decision);
        model.addAttribute("recommendation", recommendation(actor, draft));
        model.addAttribute("errors", errors);
        return "decisions/departure";
    }

    private String details(Actor actor, DecisionDraft draft, Model model, FormErrors errors) {
        model.addAttribute("draft", draft);
        model.addAttribute("departs", departs(actor, draft));
        model.addAttribute("form", draft.decision);
        model.addAttribute("share", "SHARE".equals(draft.decision.get("choice")));
        model.addAttribute("consentGiven", FactsFromAnswers.facts(draft).consent().status() == ConsentStatus.GIVEN);
        Recommendation recommendation = recommendation(actor, draft);
        model.addAttribute("legitimateInterests", recommendation.lawfulBasis().article6() == Recommendation.Article6.LEGITIMATE_INTERESTS);
        model.addAttribute("moreDetrimental", recommendation.dutyToShare() == Recommendation.DutyToShare.MORE_DETRIMENTAL);
        // Sharing is with another organisation: your own is not a recipient (a colleague is not a disclosure to record).
        model.addAttribute("organisations", organisations.directory(actor).stream()
                .filter(o -> !o.id().value().equals(actor.organisationId())).toList());
        model.addAttribute("methods", DecisionTaken.SharingMethod.values());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, DecisionForm.INFORMATION_ROWS).boxed().toList());
        model.addAttribute("errors", errors);
        return "decisions/details";
    }

    /** The rules' problems for one page: those of the given fields, or (null) every field not on another page. */
    private FormErrors problems(Actor actor, DecisionDraft draft, Set<String> fields) {
        DecisionTaken decision = DecisionForm.decision(draft.decision, adviceTaken(actor, draft));
        FormErrors errors = FormErrors.none();
        DecisionRecordRules.problemsWith(decision, recommendation(actor, draft), FactsFromAnswers.facts(draft)).forEach((key, message) -> {
            String field = DecisionForm.field(key);
            boolean onPage = fields != null ? fields.contains(field) : !DECIDE_FIELDS.contains(field) && !DEPARTURE_FIELDS.contains(field);
            if (onPage) {
                errors.add(field, message);
            }
        });
        return errors.inOrder(DecisionForm.ORDER);
    }

    private boolean seekingConsent(Actor actor, DecisionDraft draft) {
        return recommendation(actor, draft).outcome() == Recommendation.Outcome.SEEK_CONSENT;
    }

    private boolean departs(Actor actor, DecisionDraft draft) {
        DecisionTaken.Choice choice = DecisionForm.decision(draft.decision, null).choice();
        return choice != null && DecisionRecordRules.departs(recommendation(actor, draft), choice);
    }

    private Recommendation recommendation(Actor actor, DecisionDraft draft) {
        return switch (decisions.evaluate(actor, FactsFromAnswers.facts(draft))) {
            case Evaluation.Evaluated evaluated -> evaluated.recommendation();
            case Evaluation.Refused refused -> throw new IllegalStateException("Answers were refused after check: " + refused.problems().keySet());
        };
    }

    private Optional<AdviceRequests.AdviceRequest> adviceFor(Actor actor, DecisionDraft draft) {
        return Optional.ofNullable(draft.adviceRequestId).map(id -> advice.view(actor, id));
    }

    private DecisionTaken.AdviceTaken adviceTaken(Actor actor, DecisionDraft draft) {
        return adviceFor(actor, draft).filter(a -> a.advice() != null)
                .map(a -> new DecisionTaken.AdviceTaken(a.adviserRole(), a.advice(), a.id())).orElse(null);
    }

    private String recipientName(Actor actor, DecisionDraft draft) {
        String id = draft.decision.get("recipientOrganisationId");
        return organisations.directory(actor).stream().filter(o -> o.id().toString().equals(id)).map(o -> o.name()).findFirst().orElse(null);
    }
}

package org.safeshare.decisions.web;

import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.safeshare.decisions.AdviceRequests;
import org.safeshare.decisions.DecisionTaken.AdviserRole;
import org.safeshare.decisions.Decisions;
import org.safeshare.decisions.Evaluation;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Asking the DSL, IG lead or Caldicott guardian for advice without naming the person, and answering it. */
@Controller
class AdvicePages {

    private final AdviceRequests advice;
    private final Decisions decisions;
    private final Drafts drafts;

    AdvicePages(AdviceRequests advice, Decisions decisions, Drafts drafts) {
        this.drafts = drafts;
        this.advice = advice;
        this.decisions = decisions;
    }

    @GetMapping("/decisions/new/{flow}/advice")
    String askPage(@PathVariable String flow, HttpSession session, Model model) {
        return ask(model, drafts.get(session, flow), "", "", FormErrors.none());
    }

    @PostMapping("/decisions/new/{flow}/advice")
    String ask(@AuthenticationPrincipal Actor actor, @PathVariable String flow, @RequestParam(defaultValue = "") String adviserRole,
            @RequestParam(defaultValue = "") String question, HttpSession session, Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        AdviserRole role = java.util.Arrays.stream(AdviserRole.values()).filter(r -> r.name().equals(adviserRole)).findFirst().orElse(null);
        return switch (advice.request(actor, role, question, FactsFromAnswers.facts(draft))) {
            case AdviceRequests.AdviceChange.Done done -> {
                draft.adviceRequestId = done.id();
                Drafts.save(session, draft);
                yield "redirect:/decisions/new/" + flow + "/outcome";
            }
            case AdviceRequests.AdviceChange.Refused refused -> ask(model, draft, adviserRole, question, FormErrors.of(refused.problems()));
        };
    }

    @GetMapping("/advice")
    String inbox(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("requests", advice.openFor(actor));
        model.addAttribute("adviser", !AdviceRequests.rolesHeld(actor).isEmpty());
        return "decisions/advice-inbox";
    }

    @GetMapping("/advice/{id}")
    String request(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return show(actor, model, advice.view(actor, requestId(id)), "", FormErrors.none());
    }

    @PostMapping("/advice/{id}")
    String give(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(defaultValue = "") String adviceGiven,
            Model model) {
        UUID requestId = requestId(id);
        return switch (advice.give(actor, requestId, adviceGiven)) {
            case AdviceRequests.AdviceChange.Done done -> "redirect:/advice?given=true";
            case AdviceRequests.AdviceChange.Refused refused -> show(actor, model, advice.view(actor, requestId), adviceGiven,
                    FormErrors.none().add("adviceGiven", refused.problems().values().iterator().next()));
        };
    }

    private String show(Actor actor, Model model, AdviceRequests.AdviceRequest request, String adviceGiven, FormErrors errors) {
        model.addAttribute("request", request);
        model.addAttribute("canAdvise", request.advice() == null && AdviceRequests.rolesHeld(actor).contains(request.adviserRole()));
        if (decisions.evaluate(actor, request.facts()) instanceof Evaluation.Evaluated evaluated) {
            model.addAttribute("recommendation", evaluated.recommendation());
        }
        model.addAttribute("adviceGiven", adviceGiven);
        model.addAttribute("errors", errors);
        return "decisions/advice-request";
    }

    private static String ask(Model model, DecisionDraft draft, String adviserRole, String question, FormErrors errors) {
        model.addAttribute("draft", draft);
        model.addAttribute("roles", AdviserRole.values());
        model.addAttribute("adviserRole", adviserRole);
        model.addAttribute("question", question);
        model.addAttribute("errors", errors);
        return "decisions/ask-advice";
    }

    private static UUID requestId(String id) {
        return NotFoundException.idOf(id, "Advice request");
    }
}

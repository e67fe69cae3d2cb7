package org.safeshare.actions.web;

import org.safeshare.actions.Action;
import org.safeshare.actions.ActionChange;
import org.safeshare.actions.ActionId;
import org.safeshare.actions.ActionOutcomes;
import org.safeshare.actions.ActionReading;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The owner records an outcome (done, or not done with why); the one who set it agrees to "not done" or refuses. */
@Controller
@RecordForms.Bound
class OutcomePages {

    private final ActionReading reading;
    private final ActionOutcomes outcomes;

    OutcomePages(ActionReading reading, ActionOutcomes outcomes) {
        this.reading = reading;
        this.outcomes = outcomes;
    }

    /** The outcome form: "DONE" or "NOT_DONE", and what was done or why not. */
    record OutcomeForm(String outcome, String text) {}

    /** The agreement form: "yes" or "no", and why not when refusing. */
    record AgreementForm(String agree, String reason) {}

    @GetMapping("/actions/{id}/outcome")
    String outcome(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return page(model, "actions/outcome", ActionPages.view(reading, actor, id), new OutcomeForm(null, null), FormErrors.none());
    }

    @PostMapping("/actions/{id}/outcome")
    String recordOutcome(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute OutcomeForm form, Model model) {
        Boolean done = "DONE".equals(form.outcome()) ? Boolean.TRUE : "NOT_DONE".equals(form.outcome()) ? Boolean.FALSE : null;
        return switch (outcomes.recordOutcome(actor, parse(id), done, form.text())) {
            case ActionChange.Done d -> "redirect:/actions/" + d.id() + "?outcome";
            case ActionChange.Refused r -> page(model, "actions/outcome", ActionPages.view(reading, actor, id), form,
                    NewActionPages.errors(java.util.Map.of(), r.problems()));
        };
    }

    @GetMapping("/actions/{id}/agreement")
    String agreement(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return page(model, "actions/agreement", ActionPages.view(reading, actor, id), new AgreementForm(null, null), FormErrors.none());
    }

    @PostMapping("/actions/{id}/agreement")
    String answer(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute AgreementForm form, Model model) {
        Boolean agree = "yes".equals(form.agree()) ? Boolean.TRUE : "no".equals(form.agree()) ? Boolean.FALSE : null;
        return switch (outcomes.answerNotDone(actor, parse(id), agree, form.reason())) {
            case ActionChange.Done d -> "redirect:/actions/" + d.id() + "?answered";
            case ActionChange.Refused r -> page(model, "actions/agreement", ActionPages.view(reading, actor, id), form,
                    NewActionPages.errors(java.util.Map.of(), r.problems()));
        };
    }

    /** A radio choice. */
    record Choice(String value, String label) {}

    private static final java.util.List<Choice> OUTCOMES = java.util.List.of(new Choice("DONE", "Done"), new Choice("NOT_DONE", "Not done"));
    private static final java.util.List<Choice> ANSWERS = java.util.List.of(new Choice("yes", "Yes, I agree it was not done: close the action"),
            new Choice("no", "No: the action stays open"));

    private static String page(Model model, String template, Action action, Object form, FormErrors errors) {
        model.addAttribute("choices", template.endsWith("outcome") ? OUTCOMES : ANSWERS);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return template;
    }

    private static ActionId parse(String id) {
        return ActionId.parse(id).orElseThrow(() -> new NotFoundException("Action"));
    }
}

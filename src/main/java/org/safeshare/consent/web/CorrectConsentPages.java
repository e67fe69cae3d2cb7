package org.safeshare.consent.web;

import java.util.Map;
import org.safeshare.consent.ConsentChange;
import org.safeshare.consent.ConsentId;
import org.safeshare.consent.ConsentRecord;
import org.safeshare.consent.Consents;
import org.safeshare.consent.domain.ConsentTerms;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonRecord;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Correct a consent record: the form starts from the current version, and the correction is saved as a new
 * version with its reason, so what was relied on before stays readable (like decision records).
 */
@Controller
@RecordForms.Bound
@RequestMapping("/consents/{id}/correction")
class CorrectConsentPages {

    private static final String REASON = "correctionReason";

    private final Consents consents;
    private final People people;
    private final Organisations organisations;

    CorrectConsentPages(Consents consents, People people, Organisations organisations) {
        this.consents = consents;
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping
    String form(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        ConsentRecord record = record(actor, id);
        return form(actor, model, record, ConsentForm.of(record.current().terms()), "", FormErrors.none());
    }

    @PostMapping
    String correct(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute ConsentForm fields,
            @RequestParam(name = REASON, required = false) String correctionReason, Model model) {
        ConsentRecord record = record(actor, id);
        String reason = ConsentForm.text(correctionReason);
        Map<String, String> problems = ConsentForm.problems();
        ConsentTerms terms = fields.terms(problems);
        if (!problems.isEmpty()) {
            // Every problem at once: the rules still judge the rest of the form when a date cannot be read.
            consents.problemsWith(actor, people.visible(actor, record.personId()), terms).forEach(problems::putIfAbsent);
            if (reason == null) {
                problems.put(REASON, "Enter the reason for the correction");
            }
            return form(actor, model, record, fields, reason, ConsentForm.errors(problems));
        }
        return switch (consents.correct(actor, record.id(), terms, reason)) {
            case ConsentChange.Recorded recorded -> "redirect:/consents/" + recorded.id() + "?corrected=true";
            case ConsentChange.Refused refused -> form(actor, model, record, fields, reason, ConsentForm.errors(refused.problems()));
        };
    }

    private String form(Actor actor, Model model, ConsentRecord consent, ConsentForm form, String reason,
            FormErrors errors) {
        PersonRecord person = people.recordFor(actor, consent.personId());
        model.addAttribute("consent", consent);
        model.addAttribute("record", person);
        model.addAttribute("form", form.values());
        model.addAttribute(REASON, reason);
        model.addAttribute("errors", errors);
        RecordConsentPages.choices(model, actor, person, organisations);
        return "consent/correct";
    }

    /** Guarded by the facade: a record of another organisation is "not found". Opening the form is not audited as a view. */
    private ConsentRecord record(Actor actor, String id) {
        return consents.view(actor, ConsentId.parse(id).orElseThrow(() -> new NotFoundException("Consent")));
    }
}

package org.safeshare.consent.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.safeshare.consent.ConsentChange;
import org.safeshare.consent.Consents;
import org.safeshare.consent.domain.ConsentAnswer;
import org.safeshare.consent.domain.ConsentMethod;
import org.safeshare.consent.domain.ConsentTerms;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.VisiblePerson;
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

/** Record consent or a refusal: the form (what the person was told, in their words), then check before saving. */
@Controller
@RecordForms.Bound
@RequestMapping("/people/{id}/consents")
class RecordConsentPages {

    private static final String DRAFT = "safeshare.consentDraft.";
    /** The consent record last saved from the draft, so "Back" from the record finds it (ids only, never personal data). */
    private static final String SAVED = "safeshare.consentSaved.";

    private final Consents consents;
    private final People people;
    private final Organisations organisations;

    RecordConsentPages(Consents consents, People people, Organisations organisations) {
        this.consents = consents;
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal Actor actor, @PathVariable String id, HttpSession session, Model model) {
        PersonRecord person = person(actor, id);
        Object kept = session.getAttribute(DRAFT + person.id());
        return form(actor, model, person, kept instanceof ConsentForm f ? f : ConsentForm.blank(), FormErrors.none());
    }

    @PostMapping("/new")
    String submit(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute ConsentForm form,
            HttpSession session, Model model) {
        VisiblePerson visible = visible(actor, id);
        PersonRecord person = visible.record();
        Map<String, String> problems = ConsentForm.problems();
        ConsentTerms terms = form.terms(problems);
        session.setAttribute(DRAFT + person.id(), form);
        // The rules run even when a date cannot be read, so every problem shows at once; the date's own message stands.
        consents.problemsWith(actor, visible, terms).forEach(problems::putIfAbsent);
        return problems.isEmpty() ? "redirect:/people/" + person.id() + "/consents/check"
                : form(actor, model, person, form, ConsentForm.errors(problems));
    }

    @GetMapping("/check")
    String check(@AuthenticationPrincipal Actor actor, @PathVariable String id, HttpSession session, Model model) {
        PersonRecord person = person(actor, id);
        if (!(session.getAttribute(DRAFT + person.id()) instanceof ConsentForm)) {
            return afterSaving(session, person);
        }
        return check(actor, model, person, draft(session, person), FormErrors.none());
    }

    @PostMapping("/check")
    String save(@AuthenticationPrincipal Actor actor, @PathVariable String id, HttpSession session, Model model) {
        VisiblePerson visible = visible(actor, id);
        PersonRecord person = visible.record();
        if (!(session.getAttribute(DRAFT + person.id()) instanceof ConsentForm)) {
            return afterSaving(session, person);
        }
        ConsentForm fields = draft(session, person);
        ConsentTerms terms = fields.terms(ConsentForm.problems());
        return switch (consents.record(actor, visible, terms)) {
            case ConsentChange.Recorded recorded -> {
                session.removeAttribute(DRAFT + person.id());
                session.setAttribute(SAVED + person.id(), recorded.id().value().toString());
                yield "redirect:/consents/" + recorded.id() + "?recorded=true";
            }
            case ConsentChange.Refused refused -> form(actor, model, person, fields, ConsentForm.errors(refused.problems()));
        };
    }

    /**
     * "Check" with nothing to check: the record just saved from it ("Back" after saving, or saving twice, which must not
     * record the consent again), or the form when nothing was saved in this session.
     */
    private static String afterSaving(HttpSession session, PersonRecord person) {
        Object saved = session.getAttribute(SAVED + person.id());
        return saved instanceof String consent ? "redirect:/consents/" + consent : "redirect:/people/" + person.id() + "/consents/new";
    }

    private String form(Actor actor, Model model, PersonRecord person, ConsentForm form, FormErrors errors) {
        model.addAttribute("record", person);
        model.addAttribute("form", form.values());
        model.addAttribute("errors", errors);
        choices(model, actor, person, organisations);
        return "consent/new";
    }

    /** The options the consent form offers, for recording and for correcting. */
    static void choices(Model model, Actor actor, PersonRecord person, Organisations organisations) {
        model.addAttribute("answers", Option.of(ConsentAnswer.values(), ConsentAnswer::label));
        model.addAttribute("givers", GiverOptions.of(person));
        model.addAttribute("purposes", ConsentLabels.purposes());
        model.addAttribute("organisations", organisations.directory(actor).stream()
                .filter(o -> !o.id().value().equals(actor.organisationId())).map(o -> new Option(o.id().toString(), o.name())).toList());
        model.addAttribute("types", Option.of(OrganisationType.values(), OrganisationType::label));
        model.addAttribute("methods", Option.of(ConsentMethod.values(), ConsentMethod::label));
    }

    private String check(Actor actor, Model model, PersonRecord person, ConsentForm form, FormErrors errors) {
        model.addAttribute("record", person);
        model.addAttribute("terms", consents.completed(actor, person, form.terms(ConsentForm.problems())));
        model.addAttribute("errors", errors);
        return "consent/check";
    }

    private ConsentForm draft(HttpSession session, PersonRecord person) {
        Object kept = session.getAttribute(DRAFT + person.id());
        if (kept instanceof ConsentForm f) {
            return f;
        }
        throw new NotFoundException("Consent draft");
    }

    /** The guarded read, once per request: the page shows its record and the write facades take it. */
    private VisiblePerson visible(Actor actor, String id) {
        return people.visible(actor, PersonId.parse(id).orElseThrow(() -> new NotFoundException("Person")));
    }

    private PersonRecord person(Actor actor, String id) {
        return visible(actor, id).record();
    }

    /** The people who could have given or refused consent, each with whether they hold parental responsibility. */
    record GiverOptions() {
        static List<Option> of(PersonRecord person) {
            List<Option> options = new java.util.ArrayList<>();
            options.add(new Option(ConsentGiver.SUBJECT.name(), person.person().displayName() + " (the person themself)"));
            person.relations().stream().filter(r -> r.towardsThem()).forEach(r -> options.add(new Option("person:" + r.otherPersonId(),
                    r.otherPersonName() + ", " + r.description().toLowerCase() + (r.otherHoldsResponsibility()
                            ? " (has parental responsibility: " + r.basis().map(b -> b.label()).orElse("basis not recorded") + ")"
                            : " (no parental responsibility recorded)"))));
            options.add(new Option(ConsentGiver.ATTORNEY.name(), ConsentGiver.ATTORNEY.label()));
            options.add(new Option(ConsentGiver.COURT_OF_PROTECTION_DEPUTY.name(), ConsentGiver.COURT_OF_PROTECTION_DEPUTY.label()));
            return options;
        }
    }
}

package org.safeshare.people.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.safeshare.people.People;
import org.safeshare.people.PersonSearch;
import org.safeshare.people.PersonSummary;
import org.safeshare.people.Registration;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.PersonRules;
import org.safeshare.people.domain.Sex;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Add a person: the form, then "Check your answers" with anyone already held who may be the same
 * person, then save. The draft waits in the session; nothing is saved until the user confirms.
 */
@Controller
@RecordForms.Bound
@RequestMapping("/people/new")
class AddPersonPages {

    static final String DRAFT = "people.newPersonDraft";

    private final People people;

    AddPersonPages(People people) {
        this.people = people;
    }

    @GetMapping
    String form(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String search, HttpSession session, Model model) {
        // The search that found no one, by its id: the terms themselves never travel in the address.
        String q = SearchTerms.find(session, search).orElse("");
        PersonForm draft = (PersonForm) session.getAttribute(DRAFT);
        PersonForm form = !q.isBlank() || draft == null ? PersonForm.fromSearch(q) : draft;
        List<PersonSummary> found = people.search(actor, PersonSearch.of(q));
        model.addAttribute("found", found);
        return form(model, form, FormErrors.none());
    }

    @PostMapping
    String submit(@AuthenticationPrincipal Actor actor, @ModelAttribute PersonForm form, HttpSession session, Model model) {
        PersonForm.Drafted drafted = form.draft();
        FormErrors errors = FormErrors.of(drafted.problems());
        PersonRules.problemsWith(drafted.draft(), people.today()).forEach(errors::add);
        people.requireWorksWithPeople(actor);
        if (errors.any()) {
            model.addAttribute("found", List.of());
            return form(model, form, errors);
        }
        session.setAttribute(DRAFT, form);
        return "redirect:/people/new/check";
    }

    @GetMapping("/check")
    String check(@AuthenticationPrincipal Actor actor, HttpSession session, Model model) {
        people.requireWorksWithPeople(actor);
        PersonForm form = (PersonForm) session.getAttribute(DRAFT);
        if (form == null) {
            return "redirect:/people/new";
        }
        return check(actor, model, form, FormErrors.none());
    }

    @PostMapping("/check")
    String save(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "false") boolean confirmNew, HttpSession session,
            Model model) {
        PersonForm form = (PersonForm) session.getAttribute(DRAFT);
        if (form == null) {
            return "redirect:/people/new";
        }
        PersonDraft draft = form.draft().draft();
        if (!confirmNew && !people.possibleMatches(actor, draft).isEmpty()) {
            return check(actor, model, form, FormErrors.none()
                    .add("confirmNew", "Select to confirm this is a new person, or choose one of the people listed"));
        }
        return switch (people.register(actor, draft)) {
            case Registration.Registered registered -> {
                session.removeAttribute(DRAFT);
                yield "redirect:/people/" + registered.personId() + "?added=true";
            }
            case Registration.Refused refused -> refusedAgain(model, form, refused.problems());
        };
    }

    private String check(Actor actor, Model model, PersonForm form, FormErrors errors) {
        PersonForm.Drafted drafted = form.draft();
        model.addAttribute("form", form);
        model.addAttribute("person", PersonRules.person(drafted.draft()));
        model.addAttribute("address", PersonRules.address(drafted.draft()).orElse(null));
        model.addAttribute("matches", people.possibleMatches(actor, drafted.draft()));
        model.addAttribute("errors", errors);
        return "people/check";
    }

    /** The rules can change their answer between the form and saving (a date passes midnight): show the form again. */
    private static String refusedAgain(Model model, PersonForm form, Map<String, String> problems) {
        model.addAttribute("found", List.of());
        return form(model, form, FormErrors.of(problems));
    }

    /** The form's fields top to bottom: the error summary lists problems as the form reads, dates among the rest. */
    private static final List<String> ORDER = List.of("kind", "givenName", "familyName", "dateOfBirth", "expectedDateOfDelivery", "sex",
            "nhsNumber", "uniquePupilNumber", "addressLine1", "addressLine2", "town", "postcode");

    private static String form(Model model, PersonForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.inOrder(ORDER));
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("sexes", Sex.values());
        return "people/new";
    }
}

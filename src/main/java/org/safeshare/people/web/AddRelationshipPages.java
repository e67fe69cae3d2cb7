package org.safeshare.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.PersonSearch;
import org.safeshare.people.PersonSummary;
import org.safeshare.people.RelationshipChange;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.RelationshipType;
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

/** Record how someone already held by this organisation is related to a person, and who has parental responsibility. */
@Controller
@RecordForms.Bound
@RequestMapping("/people/{id}/relationships/new")
class AddRelationshipPages {

    private final People people;

    AddRelationshipPages(People people) {
        this.people = people;
    }

    /** Search terms are never read from the address (they would reach access logs): the search is a form post. */
    @GetMapping
    String form(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        PersonRecord subject = people.view(actor, PersonPage.personId(id));
        return form(actor, model, subject, new RelationshipForm(null, null, null, null, null), FormErrors.none());
    }

    @PostMapping
    String add(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute RelationshipForm form,
            @RequestParam(defaultValue = "false") boolean find, Model model) {
        PersonRecord subject = people.view(actor, PersonPage.personId(id));
        if (find) {
            return form(actor, model, subject, form, FormErrors.none());
        }
        FormErrors errors = FormErrors.of(form.problems());
        if (errors.any()) {
            return form(actor, model, subject, form, errors);
        }
        return switch (people.addRelationship(actor, form.toRelationship(subject.id()))) {
            case RelationshipChange.Added added -> "redirect:/people/" + subject.id() + "?relationshipAdded=true";
            case RelationshipChange.Refused refused -> form(actor, model, subject, form, FormErrors.of(refused.problems()));
        };
    }

    private String form(Actor actor, Model model, PersonRecord subject, RelationshipForm form, FormErrors errors) {
        List<PersonSummary> candidates = candidates(actor, subject.id(), form);
        model.addAttribute("subject", subject);
        model.addAttribute("form", form);
        model.addAttribute("candidates", candidates);
        model.addAttribute("types", RelationshipType.values());
        model.addAttribute("bases", ParentalResponsibilityBasis.values());
        model.addAttribute("errors", errors);
        return "people/new-relationship";
    }

    /** People found by the search, and whoever was already chosen, never the subject themself. */
    private List<PersonSummary> candidates(Actor actor, PersonId subject, RelationshipForm form) {
        List<PersonSummary> found = new ArrayList<>(people.search(actor, PersonSearch.of(form.q())));
        PersonId.parse(form.relatedPersonId()).filter(chosen -> found.stream().noneMatch(f -> f.id().equals(chosen)))
                .flatMap(chosen -> viewable(actor, chosen)).ifPresent(found::add);
        found.removeIf(p -> p.id().equals(subject));
        return found;
    }

    private Optional<PersonSummary> viewable(Actor actor, PersonId id) {
        try {
            return Optional.of(new PersonSummary(id, people.view(actor, id).person()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}

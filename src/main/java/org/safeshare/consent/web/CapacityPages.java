package org.safeshare.consent.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeshare.consent.Capacity;
import org.safeshare.consent.CapacityChange;
import org.safeshare.consent.domain.CapacityAssessment;
import org.safeshare.consent.domain.CapacityRoute;
import org.safeshare.consent.domain.Ground;
import org.safeshare.consent.domain.GroundToProceed;
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

/** Record a Gillick or Mental Capacity Act assessment, or a ground to share without consent or against a refusal. */
@Controller
@RecordForms.Bound
class CapacityPages {

    private final Capacity capacity;
    private final People people;
    private final Organisations organisations;

    CapacityPages(Capacity capacity, People people, Organisations organisations) {
        this.capacity = capacity;
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping("/people/{id}/capacity/new")
    String assessmentForm(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        PersonRecord person = person(actor, id);
        String route = person.person().ageOn(people.today()).map(age -> CapacityRoute.forAge(age).name()).orElse(null);
        return assessment(model, person, AssessmentForm.startingWith(route), FormErrors.none());
    }

    @PostMapping("/people/{id}/capacity/new")
    String assess(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute AssessmentForm form, Model model) {
        VisiblePerson visible = visible(actor, id);
        PersonRecord person = visible.record();
        Map<String, String> problems = new LinkedHashMap<>();
        CapacityAssessment proposed = form.proposed(problems);
        // An unreadable date is no date, which the rules always refuse, so nothing is saved and every other problem shows too.
        return switch (capacity.assess(actor, visible, proposed)) {
            case CapacityChange.Recorded recorded -> "redirect:/people/" + person.id() + "?assessed=true";
            case CapacityChange.Refused refused -> assessment(model, person, form, merged(problems, refused.problems(), AssessmentForm.ORDER));
        };
    }

    @GetMapping("/people/{id}/grounds/new")
    String groundForm(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return ground(actor, model, person(actor, id), GroundForm.blank(), FormErrors.none());
    }

    @PostMapping("/people/{id}/grounds/new")
    String recordGround(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute GroundForm form, Model model) {
        VisiblePerson visible = visible(actor, id);
        PersonRecord person = visible.record();
        Map<String, String> problems = new LinkedHashMap<>();
        GroundToProceed proposed = form.proposed(problems);
        // As for an assessment: an unreadable date is refused by the rules with the rest of the form's problems.
        return switch (capacity.recordGround(actor, visible, proposed)) {
            case CapacityChange.Recorded recorded -> "redirect:/people/" + person.id() + "?groundRecorded=true";
            case CapacityChange.Refused refused -> ground(actor, model, person, form, merged(problems, refused.problems(), GroundForm.ORDER));
        };
    }

    /** The form's own problems (an unreadable date) stand over the rules' message for the same field; all in form order. */
    private static FormErrors merged(Map<String, String> form, Map<String, String> rules, List<String> order) {
        Map<String, String> all = new LinkedHashMap<>(form);
        rules.forEach(all::putIfAbsent);
        return FormErrors.of(all).inOrder(order);
    }

    private String assessment(Model model, PersonRecord person, AssessmentForm form, FormErrors errors) {
        model.addAttribute("record", person);
        model.addAttribute("form", form.values());
        model.addAttribute("errors", errors);
        model.addAttribute("routes", Option.of(CapacityRoute.values(), CapacityRoute::label));
        model.addAttribute("purposes", ConsentLabels.purposes());
        model.addAttribute("gillick", criteria(CapacityRoute.GILLICK));
        model.addAttribute("mca", criteria(CapacityRoute.MENTAL_CAPACITY_ACT));
        return "consent/capacity";
    }

    private String ground(Actor actor, Model model, PersonRecord person, GroundForm form, FormErrors errors) {
        model.addAttribute("record", person);
        model.addAttribute("form", form.values());
        model.addAttribute("errors", errors);
        model.addAttribute("grounds", Option.of(Ground.values(), Ground::label));
        model.addAttribute("harmForms", Option.of(Ground.HarmForm.values(), Ground.HarmForm::label));
        model.addAttribute("purposes", ConsentLabels.purposes());
        model.addAttribute("organisations", organisations.directory(actor).stream().map(o -> new Option(o.id().toString(), o.name())).toList());
        return "consent/ground";
    }

    private static List<Option> criteria(CapacityRoute route) {
        return route.criteria().stream().map(c -> new Option(c.name(), c.label())).toList();
    }

    /** The guarded read, once per request: the page shows its record and the write facades take it. */
    private VisiblePerson visible(Actor actor, String id) {
        return people.visible(actor, PersonId.parse(id).orElseThrow(() -> new NotFoundException("Person")));
    }

    private PersonRecord person(Actor actor, String id) {
        return visible(actor, id).record();
    }
}

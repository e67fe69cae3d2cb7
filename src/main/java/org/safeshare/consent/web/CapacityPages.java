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
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.DateInput;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Record a Gillick or Mental Capacity Act assessment, or a seed 003 ground to share without consent. */
@Controller
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
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        person.person().ageOn(people.today()).ifPresent(age -> form.add("route", CapacityRoute.forAge(age).name()));
        return assessment(model, person, form, FormErrors.none());
    }

    @PostMapping("/people/{id}/capacity/new")
    String assess(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        VisiblePerson visible = visible(actor, id);
        PersonRecord person = visible.record();
        Map<String, String> problems = new LinkedHashMap<>();
        CapacityAssessment proposed = new CapacityAssessment(null, ConsentForm.enumOf(CapacityRoute.class, form.getFirst("route")),
                ConsentForm.enumOf(PurposeCategory.class, form.getFirst("purpose")), ConsentForm.text(form, "decision"),
                DateInput.of(form, "assessedOn").read("assessedOn", "Date of the assessment", problems),
                criteria(form), ConsentForm.text(form, "bestInterests"), null);
        // An unreadable date is no date, which the rules always refuse, so nothing is saved and every other problem shows too.
        return switch (capacity.assess(actor, visible, proposed)) {
            case CapacityChange.Recorded recorded -> "redirect:/people/" + person.id() + "?assessed=true";
            case CapacityChange.Refused refused -> assessment(model, person, form, merged(problems, refused.problems(), ASSESSMENT_ORDER));
        };
    }

    @GetMapping("/people/{id}/grounds/new")
    String groundForm(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return ground(actor, model, person(actor, id), new LinkedMultiValueMap<>(), FormErrors.none());
    }

    @PostMapping("/people/{id}/grounds/new")
    String recordGround(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        VisiblePerson visible = visible(actor, id);
        PersonRecord person = visible.record();
        Map<String, String> problems = new LinkedHashMap<>();
        GroundToProceed proposed = new GroundToProceed(null, ConsentForm.enumOf(Ground.class, form.getFirst("ground")),
                ConsentForm.enumOf(Ground.HarmForm.class, form.getFirst("harmForm")), ConsentForm.enumOf(PurposeCategory.class, form.getFirst("purpose")),
                ConsentForm.uuid(form.getFirst("recipientOrganisation")), ConsentForm.text(form, "reasons"), null,
                DateInput.of(form, "decidedOn").read("decidedOn", "Date of the decision", problems), null, null, null);
        // As for an assessment: an unreadable date is refused by the rules with the rest of the form's problems.
        return switch (capacity.recordGround(actor, visible, proposed)) {
            case CapacityChange.Recorded recorded -> "redirect:/people/" + person.id() + "?groundRecorded=true";
            case CapacityChange.Refused refused -> ground(actor, model, person, form, merged(problems, refused.problems(), GROUND_ORDER));
        };
    }

    /** The forms' fields top to bottom, for the error summary. */
    private static final java.util.List<String> ASSESSMENT_ORDER = java.util.List.of("route", "purpose", "decision", "assessedOn",
            "criteria", "bestInterests");
    private static final java.util.List<String> GROUND_ORDER = java.util.List.of("ground", "harmForm", "purpose", "recipientOrganisation",
            "reasons", "decidedOn");

    /** The form's own problems (an unreadable date) stand over the rules' message for the same field; all in form order. */
    private static FormErrors merged(Map<String, String> form, Map<String, String> rules, java.util.List<String> order) {
        Map<String, String> all = new LinkedHashMap<>(form);
        rules.forEach(all::putIfAbsent);
        return FormErrors.of(all).inOrder(order);
    }

    private String assessment(Model model, PersonRecord person, MultiValueMap<String, String> form, FormErrors errors) {
        model.addAttribute("record", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("routes", Option.of(CapacityRoute.values(), CapacityRoute::label));
        model.addAttribute("purposes", ConsentLabels.purposes());
        model.addAttribute("gillick", criteria(CapacityRoute.GILLICK));
        model.addAttribute("mca", criteria(CapacityRoute.MENTAL_CAPACITY_ACT));
        return "consent/capacity";
    }

    private String ground(Actor actor, Model model, PersonRecord person, MultiValueMap<String, String> form, FormErrors errors) {
        model.addAttribute("record", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("grounds", Option.of(Ground.values(), Ground::label));
        model.addAttribute("harmForms", Option.of(Ground.HarmForm.values(), Ground.HarmForm::label));
        model.addAttribute("purposes", ConsentLabels.purposes());
        model.addAttribute("organisations", organisations.directory(actor).stream().map(o -> new Option(o.id().toString(), o.name())).toList());
        return "consent/ground";
    }

    /** The Gillick and MCA criteria are two groups on the page; only those of the chosen route count. */
    private static java.util.Set<CapacityRoute.Criterion> criteria(MultiValueMap<String, String> form) {
        List<String> values = new java.util.ArrayList<>();
        values.addAll(form.getOrDefault("criteria", List.of()));
        values.addAll(form.getOrDefault("criteria-mca", List.of()));
        return ConsentForm.enums(CapacityRoute.Criterion.class, values);
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

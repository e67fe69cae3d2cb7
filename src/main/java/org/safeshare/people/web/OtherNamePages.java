package org.safeshare.people.web;

import java.util.Arrays;
import org.safeshare.people.NameChange;
import org.safeshare.people.People;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.domain.OtherName;
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

/** Record a former, alternative or preferred name: children are often known by more than one (seed 002, accurate records). */
@Controller
@RecordForms.Bound
@RequestMapping("/people/{id}/names/new")
class OtherNamePages {

    private final People people;

    OtherNamePages(People people) {
        this.people = people;
    }

    @GetMapping
    String form(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return form(model, people.view(actor, PersonPage.personId(id)), "", "", "", FormErrors.none());
    }

    @PostMapping
    String add(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute OtherNameForm entered, Model model) {
        PersonRecord person = people.view(actor, PersonPage.personId(id));
        OtherName.Kind parsed = Arrays.stream(OtherName.Kind.values()).filter(k -> k.name().equals(entered.kind())).findFirst().orElse(null);
        return switch (people.addOtherName(actor, person.id(), parsed, blankToNull(entered.givenName()), entered.familyName())) {
            case NameChange.Added added -> "redirect:/people/" + person.id() + "?nameAdded=true";
            case NameChange.Refused refused -> form(model, person, entered.kind(), entered.givenName(), entered.familyName(),
                    FormErrors.of(refused.problems()));
        };
    }

    private static String form(Model model, PersonRecord person, String kind, String givenName, String familyName, FormErrors errors) {
        model.addAttribute("record", person);
        model.addAttribute("kinds", OtherName.Kind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("givenName", givenName);
        model.addAttribute("familyName", familyName);
        model.addAttribute("errors", errors);
        return "people/new-name";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

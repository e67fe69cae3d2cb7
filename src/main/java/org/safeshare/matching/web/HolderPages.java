package org.safeshare.matching.web;

import java.util.Arrays;
import java.util.List;
import org.safeshare.matching.HolderLookup;
import org.safeshare.matching.Holders;
import org.safeshare.matching.LookupPurpose;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.VisiblePerson;
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

/** "Does anyone else know this child?": state the purpose, then see the holders. The person's id is in the path, never a name. */
@Controller
class HolderPages {

    private final Holders holders;
    private final People people;

    HolderPages(Holders holders, People people) {
        this.holders = holders;
        this.people = people;
    }

    @GetMapping("/people/{id}/holders")
    String ask(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return form(model, child(actor, id), null, FormErrors.none());
    }

    @PostMapping("/people/{id}/holders")
    String lookUp(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String purpose, Model model) {
        VisiblePerson child = child(actor, id);
        return switch (holders.lookUp(actor, child, purpose)) {
            case HolderLookup.Refused refused -> form(model, child, purpose, FormErrors.none().add(refused.field(), refused.message()));
            case HolderLookup.Found found -> {
                model.addAttribute("person", child.record());
                model.addAttribute("purpose", LookupPurpose.parse(purpose).orElseThrow().label());
                model.addAttribute("holders", found.holders());
                model.addAttribute("coverage", found.index());
                model.addAttribute("mayUnlink", org.safeshare.matching.ClericalReview.reviews(actor));
                yield "matching/holders";
            }
        };
    }

    /** Only a MASH officer or DSL who may see the child's own record; anyone else is told nothing (not found). */
    private VisiblePerson child(Actor actor, String id) {
        if (!Holders.mayAsk(actor)) {
            throw new NotFoundException("Person");
        }
        return people.visible(actor, PersonId.parse(id).orElseThrow(() -> new NotFoundException("Person")));
    }

    private static String form(Model model, VisiblePerson child, String purpose, FormErrors errors) {
        model.addAttribute("person", child.record());
        model.addAttribute("errors", errors);
        model.addAttribute("purposeOptions", Arrays.stream(LookupPurpose.values()).map(p -> new Choice(p.name(), p.label())).toList());
        model.addAttribute("selected", purpose == null ? List.of() : List.of(purpose));
        return "matching/ask";
    }

    /** A radio choice: the value posted and the label shown. */
    record Choice(String value, String label) {}
}

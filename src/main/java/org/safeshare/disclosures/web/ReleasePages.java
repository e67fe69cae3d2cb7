package org.safeshare.disclosures.web;

import org.safeshare.disclosures.DisclosureChange;
import org.safeshare.disclosures.DisclosureReading;
import org.safeshare.disclosures.DisclosureRecalls;
import org.safeshare.disclosures.DisclosureView;
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

/**
 * Identities withheld under HM Government information sharing advice 2024, golden rule 5: the sender asks the
 * organisation's DSLs to release them, saying why; another DSL reads the item and releases them or leaves them withheld.
 */
@Controller
class ReleasePages {

    private static final java.util.List<SendDisclosurePages.Option> OPTIONS = java.util.List.of(
            new SendDisclosurePages.Option("release", "Release the names to the recipients"),
            new SendDisclosurePages.Option("withhold", "Keep them withheld"));

    private final DisclosureReading reading;
    private final DisclosureRecalls recalls;

    ReleasePages(DisclosureReading reading, DisclosureRecalls recalls) {
        this.reading = reading;
        this.recalls = recalls;
    }

    @GetMapping("/disclosures/{id}/items/{item}/ask-release")
    String askForm(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String item, Model model) {
        return askPage(model, reading.read(actor, DisclosurePages.id(id)), item, null, FormErrors.none());
    }

    @PostMapping("/disclosures/{id}/items/{item}/ask-release")
    String ask(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String item,
            @RequestParam(required = false) String reason, Model model) {
        return switch (recalls.requestRelease(actor, DisclosurePages.id(id), DisclosurePages.uuid(item), reason)) {
            case DisclosureChange.Done done -> "redirect:/disclosures/" + done.id() + "?releaseRequested=true";
            case DisclosureChange.Refused refused -> {
                FormErrors errors = FormErrors.none();
                refused.problems().forEach(p -> errors.add("reason", p.message()));
                yield askPage(model, reading.read(actor, DisclosurePages.id(id)), item, reason, errors);
            }
        };
    }

    @GetMapping("/disclosures/{id}/items/{item}/release")
    String releaseForm(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String item, Model model) {
        model.addAttribute("request", recalls.awaitingRelease(actor, DisclosurePages.id(id), DisclosurePages.uuid(item)));
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("decisionOptions", OPTIONS);
        return "disclosures/release";
    }

    @PostMapping("/disclosures/{id}/items/{item}/release")
    String release(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String item,
            @RequestParam(required = false) String decision, Model model) {
        if (!"release".equals(decision) && !"withhold".equals(decision)) {
            model.addAttribute("request", recalls.awaitingRelease(actor, DisclosurePages.id(id), DisclosurePages.uuid(item)));
            model.addAttribute("errors", FormErrors.none().add("decision", "Select whether to release the names or keep them withheld"));
            model.addAttribute("decisionOptions", OPTIONS);
            return "disclosures/release";
        }
        recalls.decideRelease(actor, DisclosurePages.id(id), DisclosurePages.uuid(item), "release".equals(decision));
        return "redirect:/disclosures?released=" + ("release".equals(decision));
    }

    private static String askPage(Model model, DisclosureView view, String item, String reason, FormErrors errors) {
        var found = view.items().stream().filter(i -> i.id().toString().equals(item)).findFirst()
                .filter(i -> view.asSender() && i.identitiesAtRisk() && !i.release().namesShown() && i.recalled().isEmpty());
        if (found.isEmpty()) {
            throw new NotFoundException("Disclosure");
        }
        model.addAttribute("d", view);
        model.addAttribute("item", found.get());
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "disclosures/ask-release";
    }
}

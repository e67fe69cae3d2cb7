package org.safeshare.disclosures.web;

import java.util.Optional;
import java.util.UUID;
import org.safeshare.disclosures.DisclosureChange;
import org.safeshare.disclosures.DisclosureId;
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

/** The practitioner's disclosures received and sent; one disclosure, opened with its conditions acknowledged; recall. */
@Controller
class DisclosurePages {

    private final DisclosureReading reading;
    private final DisclosureRecalls recalls;

    DisclosurePages(DisclosureReading reading, DisclosureRecalls recalls) {
        this.reading = reading;
        this.recalls = recalls;
    }

    @GetMapping("/disclosures")
    String boxes(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("inbox", reading.inbox(actor));
        model.addAttribute("outbox", reading.outbox(actor));
        return "disclosures/list";
    }

    @GetMapping("/disclosures/{id}")
    String disclosure(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return page(model, reading.read(actor, id(id)), FormErrors.none());
    }

    @PostMapping("/disclosures/{id}/open")
    String open(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String acknowledged,
            Model model) {
        DisclosureView view = reading.open(actor, id(id), "yes".equals(acknowledged));
        if (!view.openedByCaller() && view.recalled().isEmpty() && !view.asSender()) {
            return page(model, view, FormErrors.none().add("acknowledged", "Confirm you will keep to the conditions to open it"));
        }
        return "redirect:/disclosures/" + view.id();
    }

    @GetMapping("/disclosures/{id}/recall")
    String recallForm(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String item, Model model) {
        DisclosureView view = reading.read(actor, id(id));
        return recallPage(model, view, item(view, item), null, FormErrors.none());
    }

    @PostMapping("/disclosures/{id}/recall")
    String recall(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String item,
            @RequestParam(required = false) String reason, Model model) {
        Optional<UUID> itemId = Optional.ofNullable(item).filter(s -> !s.isBlank()).map(DisclosurePages::uuid);
        return switch (recalls.recall(actor, id(id), itemId, reason)) {
            case DisclosureChange.Done done -> "redirect:/disclosures/" + done.id() + "?recalled=true";
            case DisclosureChange.Refused refused -> {
                DisclosureView view = reading.read(actor, id(id));
                FormErrors errors = FormErrors.none();
                refused.problems().forEach(p -> errors.add("reason", p.message()));
                yield recallPage(model, view, itemId, reason, errors);
            }
        };
    }

    private static String page(Model model, DisclosureView view, FormErrors errors) {
        model.addAttribute("d", view);
        model.addAttribute("errors", errors);
        return "disclosures/disclosure";
    }

    private static String recallPage(Model model, DisclosureView view, Optional<UUID> item, String reason, FormErrors errors) {
        if (!view.asSender() || view.recalled().isPresent()) {
            throw new NotFoundException("Disclosure");
        }
        model.addAttribute("d", view);
        model.addAttribute("item", item.flatMap(i -> view.items().stream().filter(x -> x.id().equals(i)).findFirst()).orElse(null));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "disclosures/recall";
    }

    private static Optional<UUID> item(DisclosureView view, String item) {
        return Optional.ofNullable(item).map(DisclosurePages::uuid);
    }

    static DisclosureId id(String id) {
        return DisclosureId.parse(id).orElseThrow(() -> new NotFoundException("Disclosure"));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Disclosure");
        }
    }
}

package org.safeshare.disclosures.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeshare.accounts.Recipient;
import org.safeshare.disclosures.DisclosureChange;
import org.safeshare.disclosures.DisclosureSending;
import org.safeshare.disclosures.NewDisclosure;
import org.safeshare.disclosures.Preview;
import org.safeshare.disclosures.domain.DisclosureDraft;
import org.safeshare.disclosures.domain.ItemKind;
import org.safeshare.disclosures.domain.PersonField;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sending a disclosure, the GOV.UK way: one form, then "Check your answers" with a preview of exactly what the
 * recipients will read, then send. Nothing is kept between the pages but the form itself (no draft in the session).
 */
@Controller
@RecordForms.Bound
class SendDisclosurePages {

    private final DisclosureSending sending;
    private final People people;
    private final Organisations organisations;

    SendDisclosurePages(DisclosureSending sending, People people, Organisations organisations) {
        this.sending = sending;
        this.people = people;
        this.organisations = organisations;
    }

    /**
     * The form, blank or pre-set by the request page answering a request (its id, the decision the answer recorded, the
     * requester): a pre-set choice is only a tick the sender can change, checked again on sending like any other.
     */
    @GetMapping("/people/{personId}/disclosures/new")
    String start(@AuthenticationPrincipal Actor actor, @PathVariable String personId, @RequestParam(required = false) String requestId,
            @RequestParam(required = false) String decisionId, @RequestParam(required = false) List<String> recipients, Model model) {
        return form(actor, model, person(actor, personId), SendForm.preset(requestId, decisionId, recipients).values(), FormErrors.none());
    }

    /** "Change" on the check page comes back here with the form as it was. */
    @PostMapping("/people/{personId}/disclosures/new")
    String change(@AuthenticationPrincipal Actor actor, @PathVariable String personId, @ModelAttribute SendForm posted, Model model) {
        return form(actor, model, person(actor, personId), posted.values(), FormErrors.none());
    }

    @PostMapping("/people/{personId}/disclosures/check")
    String check(@AuthenticationPrincipal Actor actor, @PathVariable String personId, @ModelAttribute SendForm posted, Model model) {
        MultiValueMap<String, String> f = posted.values();
        VisiblePerson person = person(actor, personId);
        Map<String, String> pageProblems = new HashMap<>();
        DisclosureDraft draft = DisclosureForm.draft(f, pageProblems);
        Preview preview = sending.preview(actor, new NewDisclosure(person.id(), draft, DisclosureForm.requestId(f)));
        if (preview instanceof Preview.Refused refused || !pageProblems.isEmpty()) {
            List<org.safeshare.disclosures.domain.Problem> problems = preview instanceof Preview.Refused r ? r.problems() : List.of();
            return form(actor, model, person, f, DisclosureForm.errors(f, problems, pageProblems));
        }
        model.addAttribute("person", person.person().displayName());
        model.addAttribute("personId", person.id().toString());
        model.addAttribute("preview", preview);
        model.addAttribute("told", ((Preview.Ready) preview).header().transparency() instanceof org.safeshare.disclosures.domain.Transparency.Told);
        model.addAttribute("form", f);
        return "disclosures/check";
    }

    @PostMapping("/people/{personId}/disclosures")
    String send(@AuthenticationPrincipal Actor actor, @PathVariable String personId, @ModelAttribute SendForm posted, Model model) {
        MultiValueMap<String, String> f = posted.values();
        VisiblePerson person = person(actor, personId);
        Map<String, String> pageProblems = new HashMap<>();
        DisclosureDraft draft = DisclosureForm.draft(f, pageProblems);
        DisclosureChange change = pageProblems.isEmpty() ? sending.send(actor, new NewDisclosure(person.id(), draft, DisclosureForm.requestId(f)))
                : new DisclosureChange.Refused(List.of());
        return switch (change) {
            case DisclosureChange.Done done -> "redirect:/disclosures/" + done.id() + "?sent=true";
            case DisclosureChange.Refused refused -> form(actor, model, person, f, DisclosureForm.errors(f, refused.problems(), pageProblems));
        };
    }

    private String form(Actor actor, Model model, VisiblePerson person, MultiValueMap<String, String> f, FormErrors errors) {
        List<Recipient> recipients = sending.recipientsFor(actor);
        Map<OrganisationId, String> names = organisations.names(recipients.stream().map(Recipient::organisationId).distinct().toList());
        List<Option> options = recipients.stream().map(r -> new Option(r.id().toString(), r.name() + ", " + names.get(r.organisationId())))
                .toList();
        model.addAttribute("person", person.person().displayName());
        model.addAttribute("personId", person.id().toString());
        model.addAttribute("decisions", sending.decisionsFor(actor, person).stream().map(d -> new Option(d.decisionId().toString(),
                "To share with " + d.recipientOrganisation() + ", recorded " + Dates.dateTime(d.recordedAt()) + ": " + d.purpose())).toList());
        model.addAttribute("recipients", options);
        model.addAttribute("personFields", java.util.Arrays.stream(PersonField.values()).map(p -> new Option(p.name(), p.label())).toList());
        model.addAttribute("kinds", java.util.stream.Stream.of(ItemKind.FACT, ItemKind.OPINION, ItemKind.HISTORICAL)
                .map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("toldOptions", List.of(new Option("yes", "Yes, they were told"), new Option("no", "No, they were not told")));
        model.addAttribute("slots", java.util.stream.IntStream.range(0, DisclosureForm.SLOTS).boxed().toList());
        model.addAttribute("form", f);
        model.addAttribute("errors", errors);
        return "disclosures/new";
    }

    /** A choice on the form: its value and its label. */
    record Option(String value, String label) {}

    private VisiblePerson person(Actor actor, String id) {
        try {
            return people.visible(actor, new PersonId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Person");
        }
    }
}

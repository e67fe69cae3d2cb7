package org.safeshare.disclosures.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeshare.disclosures.DisclosureChange;
import org.safeshare.disclosures.DisclosureSending;
import org.safeshare.disclosures.SharingOutside;
import org.safeshare.disclosures.domain.OutsideMethod;
import org.safeshare.disclosures.domain.OutsideSharing;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.DateInput;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Recording sharing that happened outside Safeshare, with its method's checks, under a decision to share. */
@Controller
@RecordForms.Bound
class OutsideSharingPages {

    private static final List<String> ORDER = List.of("decisionId", "method", "sharedOn", "telephoneChecks", "attendees", "allNeedToKnow",
            "addressDoubleChecked", "bothEndsSecure", "notes");
    private static final Map<String, List<SendDisclosurePages.Option>> CHECKS = Map.of(
            "telephone", List.of(option("calledBack", "I called back a number I know independently"), option("identity", "I checked who they are"),
                    option("entitlement", "I checked they are entitled to the information")),
            "meeting", List.of(option("yes", "Everyone present needed to know")),
            "address", List.of(option("yes", "The address was double-checked before sending")),
            "receipt", List.of(option("yes", "Receipt confirmed")),
            "email", List.of(option("yes", "Both the sending and the receiving email services were secure")));

    private static SendDisclosurePages.Option option(String value, String label) {
        return new SendDisclosurePages.Option(value, label);
    }

    private final SharingOutside outside;
    private final DisclosureSending sending;
    private final People people;

    OutsideSharingPages(SharingOutside outside, DisclosureSending sending, People people) {
        this.outside = outside;
        this.sending = sending;
        this.people = people;
    }

    @GetMapping("/people/{personId}/shared-outside/new")
    String form(@AuthenticationPrincipal Actor actor, @PathVariable String personId, Model model) {
        return form(actor, model, person(actor, personId), OutsideSharingForm.empty(), FormErrors.none());
    }

    @PostMapping("/people/{personId}/shared-outside")
    String record(@AuthenticationPrincipal Actor actor, @PathVariable String personId, @ModelAttribute OutsideSharingForm f, Model model) {
        VisiblePerson person = person(actor, personId);
        Map<String, String> pageProblems = new LinkedHashMap<>();
        OutsideSharing sharing = sharing(f, pageProblems);
        DisclosureChange change = outside.record(actor, person.id(), sharing);
        if (change instanceof DisclosureChange.Done done && pageProblems.isEmpty()) {
            return "redirect:/shared-outside/" + done.id();
        }
        Map<String, String> problems = new LinkedHashMap<>(pageProblems);
        if (change instanceof DisclosureChange.Refused refused) {
            refused.problems().forEach(p -> problems.putIfAbsent(p.field(), p.message()));
        }
        return form(actor, model, person, f, FormErrors.of(problems).inOrder(ORDER));
    }

    @GetMapping("/shared-outside/{id}")
    String view(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        model.addAttribute("r", outside.view(actor, DisclosurePages.uuid(id)));
        return "disclosures/outside";
    }

    private String form(Actor actor, Model model, VisiblePerson person, OutsideSharingForm f, FormErrors errors) {
        model.addAttribute("person", person.person().displayName());
        model.addAttribute("personId", person.id().toString());
        model.addAttribute("decisions", sending.decisionsFor(actor, person).stream().map(d -> new SendDisclosurePages.Option(d.decisionId().toString(),
                "To share with " + d.recipientOrganisation() + ", recorded " + Dates.dateTime(d.recordedAt()) + ": " + d.purpose())).toList());
        model.addAttribute("methods", Arrays.stream(OutsideMethod.values()).map(m -> new SendDisclosurePages.Option(m.name(), m.label())).toList());
        model.addAttribute("checkOptions", CHECKS);
        model.addAttribute("form", f.values());
        model.addAttribute("errors", errors);
        return "disclosures/outside-new";
    }

    private static OutsideSharing sharing(OutsideSharingForm f, Map<String, String> problems) {
        List<String> telephone = f.telephoneChecks();
        return new OutsideSharing(uuid(f.decisionId()), Arrays.stream(OutsideMethod.values()).filter(m -> m.name().equals(f.method()))
                .findFirst().orElse(null), date(f, problems), telephone.contains("calledBack"), telephone.contains("identity"),
                telephone.contains("entitlement"), f.attendees() == null ? List.of() : List.of(f.attendees().split("\\R")),
                "yes".equals(f.allNeedToKnow()), "yes".equals(f.addressDoubleChecked()), "yes".equals(f.receiptConfirmed()),
                "yes".equals(f.bothEndsSecure()), f.notes() == null || f.notes().isBlank() ? null : f.notes().strip());
    }

    /** The GOV.UK date input's one reading (a two-figure year is not 26 AD). */
    private static LocalDate date(OutsideSharingForm f, Map<String, String> problems) {
        return new DateInput(f.sharedOnDay(), f.sharedOnMonth(), f.sharedOnYear()).read("sharedOn", "The date it was shared", problems);
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private VisiblePerson person(Actor actor, String id) {
        try {
            return people.visible(actor, new PersonId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Person");
        }
    }
}

package org.safeshare.consent.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.safeshare.consent.ConsentChange;
import org.safeshare.consent.ConsentId;
import org.safeshare.consent.ConsentRecord;
import org.safeshare.consent.ConsentWithdrawals;
import org.safeshare.consent.Consents;
import org.safeshare.consent.domain.Withdrawal;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.people.People;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.DateInput;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A consent record with its history, and withdrawing it: the form, then check before it is recorded. */
@Controller
@RequestMapping("/consents/{id}")
class ConsentPages {

    /** The withdrawal form's fields, top to bottom, for the error summary. */
    private static final java.util.List<String> WITHDRAWAL_ORDER = java.util.List.of("withdrawnOn", "withdrawnBy", "covers", "purposes",
            "recipientOrganisations", "note");

    private final Consents consents;
    private final ConsentWithdrawals withdrawals;
    private final People people;

    ConsentPages(Consents consents, ConsentWithdrawals withdrawals, People people) {
        this.consents = consents;
        this.withdrawals = withdrawals;
        this.people = people;
    }

    @GetMapping
    String consent(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        ConsentRecord record = record(actor, id);
        model.addAttribute("consent", record);
        model.addAttribute("person", people.recordFor(actor, record.personId()));
        model.addAttribute("told", record.withdrawal().isPresent() ? withdrawals.told(actor, record.id()) : java.util.List.of());
        return "consent/consent";
    }

    @GetMapping("/withdrawal")
    String withdrawalForm(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        ConsentRecord record = record(actor, id);
        return withdrawal(actor, model, record, null, FormErrors.none(), "consent/withdraw");
    }

    /** The form posts here first: problems go back to the form, otherwise the person checks what will be recorded. */
    @PostMapping("/withdrawal")
    String checkWithdrawal(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        ConsentRecord record = record(actor, id);
        Map<String, String> problems = new LinkedHashMap<>();
        Withdrawal withdrawal = withdrawal(form, problems);
        // The rules run even when the date cannot be read, so every problem shows at once; the date's own message stands.
        withdrawals.problemsWith(actor, record.id(), withdrawal).forEach(problems::putIfAbsent);
        boolean confirmed = "true".equals(form.getFirst("confirmed"));
        if (!problems.isEmpty()) {
            return withdrawal(actor, model, record, form, FormErrors.of(problems).inOrder(WITHDRAWAL_ORDER), "consent/withdraw");
        }
        if (!confirmed) {
            return withdrawal(actor, model, record, form, FormErrors.none(), "consent/withdraw-check");
        }
        return switch (withdrawals.withdraw(actor, record.id(), withdrawal)) {
            case ConsentChange.Recorded recorded -> "redirect:/consents/" + record.id() + "?withdrawn=true";
            case ConsentChange.Refused refused -> withdrawal(actor, model, record, form, FormErrors.of(refused.problems()), "consent/withdraw");
        };
    }

    private String withdrawal(Actor actor, Model model, ConsentRecord record, MultiValueMap<String, String> form, FormErrors errors,
            String view) {
        model.addAttribute("consent", record);
        model.addAttribute("person", people.recordFor(actor, record.personId()));
        model.addAttribute("form", form == null ? new org.springframework.util.LinkedMultiValueMap<String, String>() : form);
        model.addAttribute("purposes", ConsentLabels.purposes().stream()
                .filter(o -> record.current().terms().scope().purposes().contains(PurposeCategory.valueOf(o.value()))).toList());
        model.addAttribute("coverOptions", java.util.List.of(new Option("ALL", "All of the consent"), new Option("PART", "Only some purposes")));
        model.addAttribute("errors", errors);
        return view;
    }

    static Withdrawal withdrawal(MultiValueMap<String, String> form, Map<String, String> problems) {
        boolean part = "PART".equals(form.getFirst("covers"));
        Set<PurposeCategory> purposes = part ? ConsentForm.enums(PurposeCategory.class, form.get("purposes")) : Set.of();
        if (part && purposes.isEmpty()) {
            problems.put("purposes", "Select the purposes the withdrawal covers");
        }
        return new Withdrawal(DateInput.of(form, "withdrawnOn").read("withdrawnOn", "Date consent was withdrawn", problems), ConsentForm.text(form, "withdrawnBy"),
                purposes, Set.of(), ConsentForm.text(form, "note"));
    }

    private ConsentRecord record(Actor actor, String id) {
        return consents.open(actor, ConsentId.parse(id).orElseThrow(() -> new NotFoundException("Consent")));
    }
}

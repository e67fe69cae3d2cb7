package org.safeshare.consent.web;

import java.util.LinkedHashMap;
import java.util.Map;
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

/** A consent record with its history, and withdrawing it: the form, then check before it is recorded. */
@Controller
@RecordForms.Bound
@RequestMapping("/consents/{id}")
class ConsentPages {

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
        return withdrawal(actor, model, record, WithdrawalForm.blank(), FormErrors.none(), "consent/withdraw");
    }

    /** The form posts here first: problems go back to the form, otherwise the person checks what will be recorded. */
    @PostMapping("/withdrawal")
    String checkWithdrawal(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute WithdrawalForm form,
            Model model) {
        ConsentRecord record = record(actor, id);
        Map<String, String> problems = new LinkedHashMap<>();
        Withdrawal withdrawal = form.withdrawal(problems);
        // The rules run even when the date cannot be read, so every problem shows at once; the date's own message stands.
        withdrawals.problemsWith(actor, record.id(), withdrawal).forEach(problems::putIfAbsent);
        boolean confirmed = form.isConfirmed();
        if (!problems.isEmpty()) {
            return withdrawal(actor, model, record, form, FormErrors.of(problems).inOrder(WithdrawalForm.ORDER), "consent/withdraw");
        }
        if (!confirmed) {
            return withdrawal(actor, model, record, form, FormErrors.none(), "consent/withdraw-check");
        }
        return switch (withdrawals.withdraw(actor, record.id(), withdrawal)) {
            case ConsentChange.Recorded recorded -> "redirect:/consents/" + record.id() + "?withdrawn=true";
            case ConsentChange.Refused refused -> withdrawal(actor, model, record, form, FormErrors.of(refused.problems()).inOrder(WithdrawalForm.ORDER), "consent/withdraw");
        };
    }

    private String withdrawal(Actor actor, Model model, ConsentRecord record, WithdrawalForm form, FormErrors errors,
            String view) {
        model.addAttribute("consent", record);
        model.addAttribute("person", people.recordFor(actor, record.personId()));
        model.addAttribute("form", form.values());
        model.addAttribute("purposes", ConsentLabels.purposes().stream()
                .filter(o -> record.current().terms().scope().purposes().contains(PurposeCategory.valueOf(o.value()))).toList());
        model.addAttribute("coverOptions", java.util.List.of(new Option("ALL", "All of the consent"), new Option("PART", "Only some purposes")));
        model.addAttribute("errors", errors);
        return view;
    }

    private ConsentRecord record(Actor actor, String id) {
        return consents.open(actor, ConsentId.parse(id).orElseThrow(() -> new NotFoundException("Consent")));
    }
}

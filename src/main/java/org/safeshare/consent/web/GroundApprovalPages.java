package org.safeshare.consent.web;

import org.safeshare.accounts.Accounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeshare.consent.GroundApprovals;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An organisation administrator chooses who must approve sharing without consent or against a refusal. */
@Controller
@RequestMapping("/organisation/consent-policy")
class GroundApprovalPages {

    private static final String NONE = "NONE";

    private final GroundApprovals approvals;
    private final Accounts accounts;

    GroundApprovalPages(GroundApprovals approvals, Accounts accounts) {
        this.approvals = approvals;
        this.accounts = accounts;
    }

    @GetMapping
    String policy(@AuthenticationPrincipal Actor admin, Model model) {
        Optional<Role> approver = approvals.approver(admin);
        // A policy nobody can satisfy would leave every ground waiting: say so while it can still be changed.
        model.addAttribute("unheld", approver.filter(role -> accounts.usersOf(admin).stream()
                .noneMatch(u -> u.enabled() && u.roles().contains(role))).map(Role::label).orElse(null));
        return show(model, approver.map(Role::name).orElse(NONE), FormErrors.none());
    }

    @PostMapping
    String choose(@AuthenticationPrincipal Actor admin, @RequestParam(required = false) String approver, Model model) {
        if (NONE.equals(approver)) {
            approvals.require(admin, Optional.empty());
            return "redirect:/organisation/consent-policy?saved=true";
        }
        Optional<Role> role = GroundApprovals.APPROVERS.stream().filter(r -> r.name().equals(approver)).findFirst();
        if (role.isEmpty()) {
            approvals.approver(admin); // guarded even when nothing was chosen: a non-administrator is "not found"
            return show(model, null, FormErrors.none().add("approver", "Select who must approve sharing without consent"));
        }
        approvals.require(admin, role);
        return "redirect:/organisation/consent-policy?saved=true";
    }

    private static String show(Model model, String chosen, FormErrors errors) {
        List<Option> options = new ArrayList<>();
        options.add(new Option(NONE, "No approval needed: the practitioner's recorded decision takes effect"));
        GroundApprovals.APPROVERS.forEach(r -> options.add(new Option(r.name(), r.label())));
        model.addAttribute("options", options);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        return "consent/policy";
    }
}

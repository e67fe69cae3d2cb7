package org.safeshare.decisions.web;

import java.util.Map;
import org.safeshare.decisions.SharerStatus;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
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

/** A partnership administrator corrects whether an organisation is a public authority and within the duty to share. */
@Controller
class SharerStatusPages {

    private final SharerStatus sharers;

    SharerStatusPages(SharerStatus sharers) {
        this.sharers = sharers;
    }

    @GetMapping("/partnership/organisations/{id}/sharer")
    String page(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        Organisation organisation = sharers.of(actor, organisationId(id));
        return show(model, organisation, Map.of("publicAuthority", yesNo(organisation.publicAuthority()),
                "coveredByDutyToShare", yesNo(organisation.coveredByDutyToShare())), FormErrors.none());
    }

    @PostMapping("/partnership/organisations/{id}/sharer")
    String correct(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        Organisation organisation = sharers.of(actor, organisationId(id));
        FormErrors errors = FormErrors.none();
        if (!isYesNo(form.get("publicAuthority"))) {
            errors.add("publicAuthority", "Select yes if " + organisation.name() + " is a public authority");
        }
        if (!isYesNo(form.get("coveredByDutyToShare"))) {
            errors.add("coveredByDutyToShare", "Select yes if " + organisation.name() + " is covered by the duty to share");
        }
        if (errors.any()) {
            return show(model, organisation, form, errors);
        }
        sharers.correct(actor, organisation.id(), "YES".equals(form.get("publicAuthority")), "YES".equals(form.get("coveredByDutyToShare")));
        return "redirect:/organisations/" + organisation.id() + "?corrected=true";
    }

    private static String show(Model model, Organisation organisation, Map<String, String> form, FormErrors errors) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "decisions/sharer-status";
    }

    private static OrganisationId organisationId(String id) {
        return new OrganisationId(NotFoundException.idOf(id, "Organisation"));
    }

    private static boolean isYesNo(String value) {
        return "YES".equals(value) || "NO".equals(value);
    }

    private static String yesNo(boolean value) {
        return value ? "YES" : "NO";
    }
}

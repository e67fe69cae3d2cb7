package org.safeshare.decisions.web;

import org.safeshare.decisions.SharerStatus;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
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

/** A partnership administrator corrects whether an organisation is a public authority and within the duty to share. */
@Controller
@RecordForms.Bound
class SharerStatusPages {

    private final SharerStatus sharers;

    SharerStatusPages(SharerStatus sharers) {
        this.sharers = sharers;
    }

    @GetMapping("/partnership/organisations/{id}/sharer")
    String page(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        Organisation organisation = sharers.of(actor, organisationId(id));
        return show(model, organisation, SharerStatusForm.of(organisation.publicAuthority(), organisation.coveredByDutyToShare()),
                FormErrors.none());
    }

    @PostMapping("/partnership/organisations/{id}/sharer")
    String correct(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute SharerStatusForm form, Model model) {
        Organisation organisation = sharers.of(actor, organisationId(id));
        FormErrors errors = FormErrors.none();
        if (!SharerStatusForm.isYesNo(form.publicAuthority())) {
            errors.add("publicAuthority", "Select yes if " + organisation.name() + " is a public authority");
        }
        if (!SharerStatusForm.isYesNo(form.coveredByDutyToShare())) {
            errors.add("coveredByDutyToShare", "Select yes if " + organisation.name() + " is covered by the duty to share");
        }
        if (errors.any()) {
            return show(model, organisation, form, errors.inOrder(SharerStatusForm.ORDER));
        }
        sharers.correct(actor, organisation.id(), "YES".equals(form.publicAuthority()), "YES".equals(form.coveredByDutyToShare()));
        return "redirect:/organisations/" + organisation.id() + "?corrected=true";
    }

    private static String show(Model model, Organisation organisation, SharerStatusForm form, FormErrors errors) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "decisions/sharer-status";
    }

    private static OrganisationId organisationId(String id) {
        return new OrganisationId(NotFoundException.idOf(id, "Organisation"));
    }
}

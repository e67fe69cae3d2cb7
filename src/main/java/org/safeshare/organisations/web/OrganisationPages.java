package org.safeshare.organisations.web;

import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The partnership directory: who is in the partnership and how to reach them securely. */
@Controller
class OrganisationPages {

    private final Organisations organisations;

    OrganisationPages(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations")
    String directory(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("organisations", organisations.directory(actor));
        return "organisations/directory";
    }

    @GetMapping("/organisations/{id}")
    String organisation(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        var organisation = organisations.visibleTo(actor, parse(id));
        model.addAttribute("organisation", organisation);
        model.addAttribute("parent", organisation.parentId().flatMap(organisations::find).orElse(null));
        model.addAttribute("partnershipAdministrator", actor.has(org.safeshare.platform.security.Role.PARTNERSHIP_ADMINISTRATOR));
        return "organisations/organisation";
    }

    static OrganisationId parse(String id) {
        return new OrganisationId(NotFoundException.idOf(id, "Organisation"));
    }
}

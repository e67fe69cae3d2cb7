package org.safeshare.organisations.web;

import org.safeshare.organisations.Organisations;
import org.safeshare.organisations.PartnershipId;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A partnership administrator pins the information sharing advice its decisions are judged by
 * (2024 by default; 2018 while local procedures still follow it). Each decision keeps the version it was made under.
 */
@Controller
class GuidanceVersionPages {

    private final Organisations organisations;

    GuidanceVersionPages(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/partnership/guidance")
    String page(@AuthenticationPrincipal Actor actor, Model model) {
        return show(model, organisations.guidanceVersion(new PartnershipId(actor.partnershipId())), FormErrors.none());
    }

    @PostMapping("/partnership/guidance")
    String pin(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String version, Model model) {
        if (!"2018".equals(version) && !"2024".equals(version)) {
            return show(model, version, FormErrors.none().add("version", "Select the advice your partnership follows"));
        }
        organisations.pinGuidanceVersion(actor, version);
        return "redirect:/partnership/guidance?pinned=true";
    }

    private static String show(Model model, String version, FormErrors errors) {
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return "organisations/guidance";
    }
}

package org.safeshare.matching.web;

import java.util.UUID;
import org.safeshare.matching.Unlinking;
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

/** Unlinking a link found wrong: the link's organisations and reasons, and a reason for unlinking it. */
@Controller
class UnlinkPages {

    private final Unlinking unlinking;

    UnlinkPages(Unlinking unlinking) {
        this.unlinking = unlinking;
    }

    @GetMapping("/matching/links/{id}/unlink")
    String ask(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return form(actor, model, parse(id), "", FormErrors.none());
    }

    @PostMapping("/matching/links/{id}/unlink")
    String unlink(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String reason, Model model) {
        UUID link = parse(id);
        return switch (unlinking.unlink(actor, link, reason)) {
            case Unlinking.Unlink.Unlinked unlinked -> "redirect:/matching/review?unlinked";
            case Unlinking.Unlink.Refused refused -> form(actor, model, link, reason, FormErrors.none().add(refused.field(), refused.message()));
        };
    }

    private String form(Actor actor, Model model, UUID link, String reason, FormErrors errors) {
        model.addAttribute("link", unlinking.link(actor, link));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "matching/unlink";
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Link");
        }
    }
}

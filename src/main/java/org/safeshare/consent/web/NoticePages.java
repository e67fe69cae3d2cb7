package org.safeshare.consent.web;

import java.util.UUID;
import org.safeshare.consent.Capacity;
import org.safeshare.consent.ConsentNotices;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Withdrawals of consent other organisations told us about; the DSL's list of our consents expiring in
 * the next 30 days and withdrawn in the last 30; and grounds to share without consent awaiting approval.
 */
@Controller
class NoticePages {

    private final ConsentNotices notices;
    private final Capacity capacity;

    NoticePages(ConsentNotices notices, Capacity capacity) {
        this.notices = notices;
        this.capacity = capacity;
    }

    @GetMapping("/consents/withdrawals")
    String withdrawals(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("notices", notices.withdrawalsReceived(actor));
        return "consent/withdrawals";
    }

    @GetMapping("/consents/due")
    String due(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("expiring", notices.expiringSoon(actor));
        model.addAttribute("withdrawn", notices.recentlyWithdrawn(actor));
        model.addAttribute("awaiting", capacity.awaitingApproval(actor));
        return "consent/due";
    }

    @GetMapping("/consents/grounds/{id}")
    String ground(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        model.addAttribute("held", capacity.awaiting(actor, groundId(id)));
        return "consent/approve";
    }

    @PostMapping("/consents/grounds/{id}")
    String approve(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        capacity.approve(actor, groundId(id));
        return "redirect:/consents/due?approved=true";
    }

    private static UUID groundId(String id) {
        UUID parsed = ConsentForm.uuid(id);
        if (parsed == null) {
            throw new NotFoundException("Ground to proceed");
        }
        return parsed;
    }
}

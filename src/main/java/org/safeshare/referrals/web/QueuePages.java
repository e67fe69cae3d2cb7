package org.safeshare.referrals.web;

import org.safeshare.platform.security.Actor;
import org.safeshare.referrals.MashQueue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The MASH queue (least working time left first) and the referrals the reader's organisation sent. */
@Controller
class QueuePages {

    private final MashQueue queue;

    QueuePages(MashQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/mash/queue")
    String queue(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("queue", queue.queue(actor, page));
        return "referrals/queue";
    }

    @GetMapping("/referrals")
    String sent(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("lines", queue.sent(actor));
        return "referrals/sent";
    }
}

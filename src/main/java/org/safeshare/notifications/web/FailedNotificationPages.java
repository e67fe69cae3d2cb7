package org.safeshare.notifications.web;

import java.util.Optional;
import org.safeshare.notifications.FailedNotifications;
import org.safeshare.notifications.domain.FailureReason;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership administrator's dead-letter page: notifications not sent, and a way to try one again. */
@Controller
class FailedNotificationPages {

    private final FailedNotifications failed;

    FailedNotificationPages(FailedNotifications failed) {
        this.failed = failed;
    }

    @GetMapping("/partnership/notifications/failed")
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("notifications", failed.of(actor).stream().map(Row::of).toList());
        model.addAttribute("mailConfigured", failed.mailConfigured());
        return "notifications/failed";
    }

    @PostMapping("/partnership/notifications/failed/{id}/retry")
    String retry(@AuthenticationPrincipal Actor actor, @PathVariable String id, RedirectAttributes redirect) {
        Optional<FailureReason> outcome = failed.retry(actor, NotFoundException.idOf(id, "Notification"));
        redirect.addAttribute("retried", outcome.map(FailureReason::name).orElse("SENT"));
        return "redirect:/partnership/notifications/failed";
    }

    /** One line of the page, its time in England's time. */
    record Row(java.util.UUID id, String kind, String published, int attempts, boolean givenUp, String reason) {


        static Row of(FailedNotifications.FailedNotification f) {
            return new Row(f.id(), org.safeshare.notifications.domain.NotificationWording.of(f.kind()).subject().replace("Safeshare: ", ""),
                    org.safeshare.platform.web.LondonDates.dateTime(f.published()),
                    f.attempts(), f.givenUp(), f.reason().label());
        }
    }
}

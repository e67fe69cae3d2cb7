package org.safeshare.actions.web;

import org.safeshare.actions.Action;
import org.safeshare.actions.ActionId;
import org.safeshare.actions.ActionReading;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The reader's actions (owned, set, escalated to them) and an action's own page with its history. */
@Controller
class ActionPages {

    private final ActionReading reading;

    ActionPages(ActionReading reading) {
        this.reading = reading;
    }

    @GetMapping("/actions")
    String mine(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("mine", reading.mine(actor));
        return "actions/list";
    }

    @GetMapping("/actions/{id}")
    String action(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        model.addAttribute("action", view(reading, actor, id));
        return "actions/action";
    }

    static Action view(ActionReading reading, Actor actor, String id) {
        return reading.view(actor, ActionId.parse(id).orElseThrow(() -> new NotFoundException("Action")));
    }
}

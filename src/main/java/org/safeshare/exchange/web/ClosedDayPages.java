package org.safeshare.exchange.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.safeshare.exchange.ExchangeSettings;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.LondonDates;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnership administrator's page of days the partnership's offices are closed besides the bank holidays of England
 * and Wales (a local closure agreed by the partners): request deadlines counted in working hours skip them. Every change
 * is audited by {@link ExchangeSettings}.
 */
@Controller
@RecordForms.Bound
class ClosedDayPages {

    private final ExchangeSettings settings;
    private final Clock clock;

    ClosedDayPages(ExchangeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A closure as listed, with the value its remove button posts. */
    record ClosedDay(String shown, String iso, String reason, boolean removable) {}

    @GetMapping("/partnership/closed-days")
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        return show(actor, model, ClosedDayForm.empty(), FormErrors.none());
    }

    @PostMapping("/partnership/closed-days")
    String add(@AuthenticationPrincipal Actor actor, @ModelAttribute ClosedDayForm form, Model model) {
        // An unreadable date is one problem among the form's others: the reason is still checked (a null day is "enter
        // the date" to the settings, which the date's own problem, added first, takes the place of).
        FormErrors errors = FormErrors.none();
        form.date().problem("The date the offices are closed").ifPresent(p -> errors.add("closedOnDay", p));
        LocalDate day = form.date().date().orElse(null);
        settings.addClosure(actor, day, form.reason())
                .forEach(p -> errors.add(p.field().equals("day") ? "closedOnDay" : p.field(), p.message()));
        if (errors.any()) {
            return show(actor, model, form, errors.inOrder(ClosedDayForm.ORDER));
        }
        return "redirect:/partnership/closed-days?added";
    }

    @PostMapping("/partnership/closed-days/remove")
    String remove(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String day) {
        LocalDate closed;
        try {
            closed = LocalDate.parse(day == null ? "" : day);
        } catch (DateTimeException e) {
            closed = null;
        }
        return settings.removeClosure(actor, closed) ? "redirect:/partnership/closed-days?removed" : "redirect:/partnership/closed-days";
    }

    private String show(Actor actor, Model model, ClosedDayForm form, FormErrors errors) {
        // The service's clock, as the settings use to refuse removing a past day: the page offers what they allow.
        LocalDate today = LocalDate.now(clock.withZone(LondonDates.LONDON));
        model.addAttribute("closures", settings.closures(actor).stream()
                .map(c -> new ClosedDay(LondonDates.dayAndDate(c.day()), c.day().toString(), c.reason(), !c.day().isBefore(today))).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "exchange/closed-days";
    }
}

package org.safeshare.exchange.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeshare.exchange.ExchangeSettings;
import org.safeshare.exchange.FieldProblem;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnership administrator's page of days the partnership's offices are closed besides the bank holidays of England
 * and Wales (a local closure agreed by the partners): request deadlines counted in working hours skip them. Every change
 * is audited by {@link ExchangeSettings}.
 */
@Controller
class ClosedDayPages {

    static final List<String> FIELDS = List.of("closedOnDay", "reason");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final ExchangeSettings settings;

    ClosedDayPages(ExchangeSettings settings) {
        this.settings = settings;
    }

    /** A closure as listed, with the value its remove button posts. */
    record ClosedDay(String shown, String iso, String reason, boolean removable) {}

    @GetMapping("/partnership/closed-days")
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        return show(actor, model, Map.of(), FormErrors.none());
    }

    @PostMapping("/partnership/closed-days")
    String add(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> form, Model model) {
        FormErrors errors = FormErrors.none();
        LocalDate day = date(form, errors);
        List<FieldProblem> problems = settings.addClosure(actor, day, form.get("reason"));
        problems.stream().filter(p -> !(day == null && p.field().equals("day")))
                .forEach(p -> errors.add(p.field().equals("day") ? "closedOnDay" : p.field(), p.message()));
        if (errors.any()) {
            return show(actor, model, form, errors.inOrder(FIELDS));
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

    private String show(Actor actor, Model model, Map<String, String> form, FormErrors errors) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        model.addAttribute("closures", settings.closures(actor).stream()
                .map(c -> new ClosedDay(SHOWN.format(c.day()), c.day().toString(), c.reason(), !c.day().isBefore(today))).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "exchange/closed-days";
    }

    /** The GOV.UK date input's three boxes as a date, or null with the problem added. */
    private static LocalDate date(Map<String, String> form, FormErrors errors) {
        String d = form.getOrDefault("closedOnDay", "").trim();
        String m = form.getOrDefault("closedOnMonth", "").trim();
        String y = form.getOrDefault("closedOnYear", "").trim();
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            errors.add("closedOnDay", "Enter the date the offices are closed");
            return null;
        }
        try {
            if (y.length() != 4) {
                throw new NumberFormatException();
            }
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add("closedOnDay", "The date the offices are closed must be a real date, for example 27 12 2027");
            return null;
        }
    }
}

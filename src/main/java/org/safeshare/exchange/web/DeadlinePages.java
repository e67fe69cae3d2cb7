package org.safeshare.exchange.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeshare.exchange.ExchangeSettings;
import org.safeshare.exchange.FieldProblem;
import org.safeshare.exchange.domain.DeadlineRule;
import org.safeshare.exchange.domain.RagDeadlines;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The partnership administrator's page for working hours and the deadline of each urgency (every change audited). */
@Controller
class DeadlinePages {

    private final ExchangeSettings settings;

    DeadlinePages(ExchangeSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/partnership/request-deadlines")
    String form(@AuthenticationPrincipal Actor actor, Model model) {
        var current = settings.current(actor.partnershipId());
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        current.hours().days().forEach(d -> form.add("workingDays", d.name()));
        form.add("opens", current.hours().opens().toString());
        form.add("closes", current.hours().closes().toString());
        for (Urgency u : Urgency.values()) {
            form.add(key(u) + "Amount", String.valueOf(current.deadlines().rule(u).amount()));
            form.add(key(u) + "Unit", current.deadlines().rule(u).unit().name());
        }
        return show(model, form, FormErrors.none());
    }

    @PostMapping("/partnership/request-deadlines")
    String change(@AuthenticationPrincipal Actor actor, @RequestParam MultiValueMap<String, String> form, Model model) {
        FormErrors errors = FormErrors.none();
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        form.getOrDefault("workingDays", List.of()).forEach(d -> Arrays.stream(DayOfWeek.values()).filter(w -> w.name().equals(d))
                .forEach(days::add));
        LocalTime opens = time(form.getFirst("opens"), "opens", errors);
        LocalTime closes = time(form.getFirst("closes"), "closes", errors);
        Map<Urgency, DeadlineRule> rules = new LinkedHashMap<>();
        for (Urgency u : Urgency.values()) {
            rule(u, form, errors).ifPresent(r -> rules.put(u, r));
        }
        if (errors.any()) {
            return show(model, form, errors);
        }
        List<FieldProblem> problems = settings.change(actor, days, opens, closes,
                new RagDeadlines(rules.get(Urgency.RED), rules.get(Urgency.AMBER), rules.get(Urgency.GREEN)));
        if (!problems.isEmpty()) {
            problems.forEach(p -> errors.add(p.field(), p.message()));
            return show(model, form, errors);
        }
        return "redirect:/partnership/request-deadlines?saved";
    }

    private static String show(Model model, MultiValueMap<String, String> form, FormErrors errors) {
        model.addAttribute("form", form.toSingleValueMap());
        // Lists, not text: a radio's value must match exactly ("HOURS" is inside "WORKING_HOURS").
        model.addAttribute("selected", form);
        model.addAttribute("errors", errors);
        model.addAttribute("dayOptions", Arrays.stream(DayOfWeek.values())
                .map(d -> new Option(d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK))).toList());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("unitOptions", Arrays.stream(DeadlineRule.Unit.values()).map(u -> new Option(u.name(), u.label())).toList());
        return "exchange/deadlines";
    }

    private static java.util.Optional<DeadlineRule> rule(Urgency u, MultiValueMap<String, String> form, FormErrors errors) {
        String field = key(u) + "Amount";
        try {
            int amount = Integer.parseInt(form.getFirst(field) == null ? "" : form.getFirst(field).trim());
            DeadlineRule.Unit unit = Arrays.stream(DeadlineRule.Unit.values()).filter(x -> x.name().equals(form.getFirst(key(u) + "Unit")))
                    .findFirst().orElse(DeadlineRule.Unit.WORKING_HOURS);
            if (amount < 1) {
                throw new NumberFormatException();
            }
            return java.util.Optional.of(new DeadlineRule(amount, unit));
        } catch (NumberFormatException e) {
            errors.add(field, "Enter the " + u.label().toLowerCase(Locale.UK) + " deadline as a whole number of 1 or more");
            return java.util.Optional.empty();
        }
    }

    private static LocalTime time(String text, String field, FormErrors errors) {
        try {
            return LocalTime.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter a time in 24-hour form, for example 09:00");
            return null;
        }
    }

    static String key(Urgency u) {
        return u.name().toLowerCase(Locale.ROOT);
    }
}

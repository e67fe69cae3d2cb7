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
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The partnership administrator's page for working hours and the deadline of each urgency (every change audited). */
@Controller
@RecordForms.Bound
class DeadlinePages {

    private final ExchangeSettings settings;

    DeadlinePages(ExchangeSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/partnership/request-deadlines")
    String form(@AuthenticationPrincipal Actor actor, Model model) {
        var current = settings.current(actor.partnershipId());
        RagDeadlines d = current.deadlines();
        return show(model, new DeadlinesForm(current.hours().days().stream().map(DayOfWeek::name).toList(), current.hours().opens().toString(),
                current.hours().closes().toString(), amount(d, Urgency.RED), unit(d, Urgency.RED), amount(d, Urgency.AMBER),
                unit(d, Urgency.AMBER), amount(d, Urgency.GREEN), unit(d, Urgency.GREEN)), FormErrors.none());
    }

    @PostMapping("/partnership/request-deadlines")
    String change(@AuthenticationPrincipal Actor actor, @ModelAttribute DeadlinesForm form, Model model) {
        FormErrors errors = FormErrors.none();
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        form.workingDays().forEach(d -> Arrays.stream(DayOfWeek.values()).filter(w -> w.name().equals(d)).forEach(days::add));
        LocalTime opens = time(form.opens(), "opens", errors);
        LocalTime closes = time(form.closes(), "closes", errors);
        Map<Urgency, DeadlineRule> rules = new LinkedHashMap<>();
        for (Urgency u : Urgency.values()) {
            rule(u, form, errors).ifPresent(r -> rules.put(u, r));
        }
        if (errors.any()) {
            return show(model, form, errors.inOrder(DeadlinesForm.ORDER));
        }
        List<FieldProblem> problems = settings.change(actor, days, opens, closes,
                new RagDeadlines(rules.get(Urgency.RED), rules.get(Urgency.AMBER), rules.get(Urgency.GREEN)));
        if (!problems.isEmpty()) {
            problems.forEach(p -> errors.add(p.field(), p.message()));
            return show(model, form, errors.inOrder(DeadlinesForm.ORDER));
        }
        return "redirect:/partnership/request-deadlines?saved";
    }

    private static String amount(RagDeadlines deadlines, Urgency u) {
        return String.valueOf(deadlines.rule(u).amount());
    }

    private static String unit(RagDeadlines deadlines, Urgency u) {
        return deadlines.rule(u).unit().name();
    }

    private static String show(Model model, DeadlinesForm form, FormErrors errors) {
        MultiValueMap<String, String> values = form.values();
        model.addAttribute("form", values.toSingleValueMap());
        // Lists, not text: a radio's value must match exactly ("HOURS" is inside "WORKING_HOURS").
        model.addAttribute("selected", values);
        model.addAttribute("errors", errors);
        model.addAttribute("dayOptions", Arrays.stream(DayOfWeek.values())
                .map(d -> new Option(d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK))).toList());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("unitOptions", Arrays.stream(DeadlineRule.Unit.values()).map(u -> new Option(u.name(), u.label())).toList());
        return "exchange/deadlines";
    }

    private static java.util.Optional<DeadlineRule> rule(Urgency u, DeadlinesForm form, FormErrors errors) {
        String field = key(u) + "Amount";
        try {
            int amount = Integer.parseInt(form.amount(u) == null ? "" : form.amount(u).trim());
            DeadlineRule.Unit unit = Arrays.stream(DeadlineRule.Unit.values()).filter(x -> x.name().equals(form.unit(u)))
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

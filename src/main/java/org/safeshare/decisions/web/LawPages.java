package org.safeshare.decisions.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.safeshare.decisions.CommencementChange;
import org.safeshare.decisions.LawCommencements;
import org.safeshare.decisions.Provision;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.DateInput;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The law the recommendations apply, explained with its sources; and, for a partnership administrator, the
 * commencement dates of provisions awaiting a commencement order (docs/adr/0011).
 */
@Controller
class LawPages {

    private final LawCommencements commencements;

    LawPages(LawCommencements commencements) {
        this.commencements = commencements;
    }

    @GetMapping("/decisions/law")
    String law(Model model) {
        model.addAttribute("settings", commencements.latest());
        return "decisions/law";
    }

    @GetMapping("/partnership/commencement")
    String commencementDates(Model model) {
        var latest = commencements.latest();
        model.addAttribute("rows", Arrays.stream(Provision.values()).map(p -> new Row(p,
                latest.stream().filter(s -> s.provision() == p).findFirst().orElse(null))).toList());
        return "decisions/commencement-dates";
    }

    @GetMapping("/partnership/commencement/{provision}")
    String commencementPage(@PathVariable String provision, Model model) {
        Provision p = provision(provision);
        String current = commencements.current().of(p).map(LocalDate::toString).orElse("");
        String[] parts = current.isEmpty() ? new String[] {"", "", ""} : current.split("-");
        return show(model, p, Map.of("day", strip(parts[2]), "month", strip(parts[1]), "year", parts[0], "madeBy", ""), FormErrors.none());
    }

    /** Setting a date (or leaving it empty to withdraw one) is audited; the order that made it is named. */
    @PostMapping("/partnership/commencement/{provision}")
    String setCommencement(@AuthenticationPrincipal Actor actor, @PathVariable String provision, @RequestParam Map<String, String> form,
            Model model) {
        Provision p = provision(provision);
        DateInput entered = new DateInput(form.get("day"), form.get("month"), form.get("year"));
        Optional<String> unreadable = entered.problem("Commencement date");
        if (unreadable.isPresent()) {
            // An unreadable date is not passed on: no date at all would withdraw the provision's date.
            return show(model, p, form, FormErrors.none().add("day", unreadable.get()));
        }
        LocalDate date = entered.date().orElse(null);
        CommencementChange change = commencements.set(actor, p, date, form.get("madeBy"));
        if (change instanceof CommencementChange.Refused refused) {
            FormErrors errors = FormErrors.none();
            refused.problems().forEach((field, message) -> errors.add(field.equals("commencesOn") ? "day" : field, message));
            return show(model, p, form, errors);
        }
        return "redirect:/partnership/commencement?set=" + p.code();
    }

    private static String show(Model model, Provision provision, Map<String, String> form, FormErrors errors) {
        model.addAttribute("provision", provision);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "decisions/commencement";
    }

    private static Provision provision(String code) {
        return Arrays.stream(Provision.values()).filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("Provision"));
    }

    /** One provision and its latest setting, if any. */
    record Row(Provision provision, org.safeshare.decisions.CommencementSetting setting) {}

    private static String strip(String number) {
        return number.replaceFirst("^0", "");
    }
}

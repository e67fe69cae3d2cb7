package org.safeshare.decisions.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.safeshare.decisions.CommencementChange;
import org.safeshare.decisions.LawCommencements;
import org.safeshare.decisions.Provision;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The law the recommendations apply, explained with its sources; and, for a partnership administrator, the
 * commencement dates of provisions awaiting a commencement order (docs/adr/0011).
 */
@Controller
@RecordForms.Bound
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
        return show(model, p, CommencementForm.of(commencements.current().of(p).orElse(null)), FormErrors.none());
    }

    /** Setting a date (or leaving it empty to withdraw one) is audited; the order that made it is named. */
    @PostMapping("/partnership/commencement/{provision}")
    String setCommencement(@AuthenticationPrincipal Actor actor, @PathVariable String provision, @ModelAttribute CommencementForm form,
            Model model) {
        Provision p = provision(provision);
        Optional<String> unreadable = form.date().problem("Commencement date");
        if (unreadable.isPresent()) {
            // An unreadable date is not passed on: no date at all would withdraw the provision's date. The regulations are
            // still checked, so the date's problem does not hide the form's other one.
            FormErrors errors = FormErrors.none().add("day", unreadable.get());
            commencements.madeByProblem(false, form.madeBy()).ifPresent(m -> errors.add("madeBy", m));
            return show(model, p, form, errors);
        }
        LocalDate date = form.date().date().orElse(null);
        CommencementChange change = commencements.set(actor, p, date, form.madeBy());
        if (change instanceof CommencementChange.Refused refused) {
            FormErrors errors = FormErrors.none();
            refused.problems().forEach((field, message) -> errors.add(field.equals("commencesOn") ? "day" : field, message));
            return show(model, p, form, errors.inOrder(CommencementForm.ORDER));
        }
        return "redirect:/partnership/commencement?set=" + p.code();
    }

    private static String show(Model model, Provision provision, CommencementForm form, FormErrors errors) {
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
}

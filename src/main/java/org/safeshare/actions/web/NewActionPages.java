package org.safeshare.actions.web;

import java.util.List;
import java.util.Map;
import org.safeshare.actions.ActionChange;
import org.safeshare.actions.ActionSetting;
import org.safeshare.actions.NewAction;
import org.safeshare.actions.OwnerDirectory;
import org.safeshare.actions.domain.FieldProblem;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Setting an action on a record: a short form (owner from the directory, what is to be done, what "done" means, the due
 * date), then check your answers, then set. The record is the owning module's to show: one it does not let the setter
 * see is "not found".
 */
@Controller
@RecordForms.Bound
class NewActionPages {

    private final ActionSetting setting;
    private final OwnerDirectory owners;

    NewActionPages(ActionSetting setting, OwnerDirectory owners) {
        this.setting = setting;
        this.owners = owners;
    }

    @GetMapping("/actions/new")
    String start(@AuthenticationPrincipal Actor actor, @RequestParam String about, @RequestParam String id, Model model) {
        NewActionForm form = NewActionForm.blank(about, id);
        return form(actor, form, form.asked(NewActionForm.problems()), FormErrors.none(), model);
    }

    @PostMapping("/actions/new")
    String check(@AuthenticationPrincipal Actor actor, @ModelAttribute NewActionForm form, Model model) {
        Map<String, String> problems = NewActionForm.problems();
        NewAction asked = form.asked(problems);
        List<FieldProblem> more = setting.check(actor, asked);
        FormErrors errors = errors(problems, more);
        if (errors.any()) {
            return form(actor, form, asked, errors, model);
        }
        model.addAttribute("subject", setting.subject(actor, asked));
        model.addAttribute("form", form.values());
        model.addAttribute("ownerLabel", label(actor, form.owner()));
        model.addAttribute("dueOn", asked.dueOn());
        return "actions/check";
    }

    @PostMapping("/actions/new/set")
    String set(@AuthenticationPrincipal Actor actor, @ModelAttribute NewActionForm form, Model model) {
        Map<String, String> problems = NewActionForm.problems();
        NewAction asked = form.asked(problems);
        if (!problems.isEmpty()) {
            return form(actor, form, asked, errors(problems, List.of()), model);
        }
        return switch (setting.set(actor, asked)) {
            case ActionChange.Done done -> "redirect:/actions/" + done.id() + "?set";
            case ActionChange.Refused refused -> form(actor, form, asked, errors(problems, refused.problems()), model);
        };
    }

    private String form(Actor actor, NewActionForm form, NewAction asked, FormErrors errors, Model model) {
        model.addAttribute("subject", setting.subject(actor, asked));
        model.addAttribute("groups", owners.options(actor));
        model.addAttribute("form", form.values());
        model.addAttribute("errors", errors);
        return "actions/new";
    }

    private String label(Actor actor, String owner) {
        return owners.options(actor).stream().flatMap(g -> g.options().stream().filter(o -> o.value().equals(owner))
                .map(o -> o.label() + ", " + g.organisation())).findFirst().orElse("");
    }

    static FormErrors errors(Map<String, String> problems, List<FieldProblem> more) {
        FormErrors errors = FormErrors.of(problems);
        more.forEach(p -> errors.add(p.field(), p.message()));
        return errors.inOrder(NewActionForm.FIELDS);
    }
}

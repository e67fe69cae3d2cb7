package org.safeshare.agreements.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeshare.agreements.AgreedPurpose;
import org.safeshare.agreements.Agreement;
import org.safeshare.agreements.AgreementChange;
import org.safeshare.agreements.Agreements;
import org.safeshare.agreements.LawfulBasisCited;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Information sharing agreements: the partnership's list and each agreement, for everyone in it; recording one
 * (grouped questions, then check your answers) for the partnership administrator and IG leads; and the IG lead's
 * list of sharing outside any agreement.
 */
@Controller
@RecordForms.Bound
class AgreementPages {

    private static final List<DateQuestion> DATE_QUESTIONS = List.of(new DateQuestion("startsOn", "When does it start?"),
            new DateQuestion("reviewOn", "When is it to be reviewed?"), new DateQuestion("endsOn", "When does it end? (optional)"));
    private static final List<DatePart> DATE_PARTS = List.of(new DatePart("Day", 2), new DatePart("Month", 2), new DatePart("Year", 4));

    /** One date question of the page. */
    record DateQuestion(String field, String legend) {}

    /** One of a GOV.UK date input's three boxes. */
    record DatePart(String name, int width) {}

    private final Agreements agreements;
    private final Organisations organisations;

    AgreementPages(Agreements agreements, Organisations organisations) {
        this.agreements = agreements;
        this.organisations = organisations;
    }

    @GetMapping("/agreements")
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("agreements", agreements.of(actor));
        model.addAttribute("today", agreements.today());
        model.addAttribute("mayRecord", Agreements.mayRecord(actor));
        return "agreements/list";
    }

    @GetMapping("/agreements/{id}")
    String agreement(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        Agreement agreement = agreements.visibleTo(actor, NotFoundException.idOf(id, "Agreement"));
        model.addAttribute("agreement", agreement);
        model.addAttribute("parties", partyNames(actor, agreement.parties().stream().map(p -> p.value().toString()).toList()));
        return "agreements/agreement";
    }

    @GetMapping("/agreements/new")
    String start(@AuthenticationPrincipal Actor actor, Model model) {
        return questions(actor, model, AgreementForm.empty(), FormErrors.none());
    }

    @PostMapping("/agreements/new")
    String answer(@AuthenticationPrincipal Actor actor, @ModelAttribute AgreementForm form, Model model) {
        FormErrors errors = problems(actor, form);
        if (errors.any()) {
            return questions(actor, model, form, errors);
        }
        model.addAttribute("form", form);
        model.addAttribute("parties", partyNames(actor, form.parties()));
        model.addAttribute("request", form.request());
        return "agreements/check";
    }

    @PostMapping("/agreements/new/change")
    String change(@AuthenticationPrincipal Actor actor, @ModelAttribute AgreementForm form, Model model) {
        return questions(actor, model, form, FormErrors.none());
    }

    @PostMapping("/agreements")
    String record(@AuthenticationPrincipal Actor actor, @ModelAttribute AgreementForm form, Model model) {
        FormErrors errors = problems(actor, form);
        if (errors.any()) {
            return questions(actor, model, form, errors);
        }
        return switch (agreements.record(actor, form.request())) {
            case AgreementChange.Recorded recorded -> "redirect:/agreements/" + recorded.agreement().id() + "?recorded=true";
            case AgreementChange.Refused refused -> questions(actor, model, form, errors(refused.problems()));
        };
    }

    @GetMapping("/agreements/outside")
    String outside(@AuthenticationPrincipal Actor actor, Model model) {
        return OutsideReviewPages.page(model, actor, agreements.outsideAgreements(actor), FormErrors.none(), Map.of());
    }

    private FormErrors problems(Actor actor, AgreementForm form) {
        if (!Agreements.mayRecord(actor)) {
            throw new AccessDeniedException("neither a partnership administrator nor an IG lead");
        }
        // A date's own problem comes first, and the rules' (an unreadable date is "enter the date" to them) after it: the
        // first problem of a field is the one shown, and a date's problem hides none of the other fields'.
        List<AgreementChange.Problem> problems = new ArrayList<>(form.dateProblems());
        problems.addAll(org.safeshare.agreements.domain.AgreementRules.problemsWith(form.request()));
        return errors(problems);
    }

    private static FormErrors errors(List<AgreementChange.Problem> problems) {
        FormErrors errors = FormErrors.none();
        // A date's error links to its day input, as the GOV.UK date input pattern asks.
        problems.forEach(p -> errors.add(AgreementForm.DATE_FIELDS.contains(p.field()) ? p.field() + "Day" : p.field(), p.message()));
        return errors.inOrder(AgreementForm.FIELD_ORDER);
    }

    private String questions(Actor actor, Model model, AgreementForm form, FormErrors errors) {
        if (!Agreements.mayRecord(actor)) {
            throw new AccessDeniedException("neither a partnership administrator nor an IG lead");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", organisations.directory(actor));
        model.addAttribute("purposes", AgreedPurpose.values());
        model.addAttribute("bases", LawfulBasisCited.values());
        model.addAttribute("dateQuestions", DATE_QUESTIONS);
        model.addAttribute("dateParts", DATE_PARTS);
        return "agreements/new";
    }

    private List<String> partyNames(Actor actor, List<String> ids) {
        Map<String, String> names = organisations.directory(actor).stream()
                .collect(Collectors.toMap(o -> o.id().toString(), Organisation::name));
        return ids.stream().map(names::get).filter(java.util.Objects::nonNull).sorted().toList();
    }

}

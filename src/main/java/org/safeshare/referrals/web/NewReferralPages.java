package org.safeshare.referrals.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.DecisionRecord;
import org.safeshare.decisions.Decisions;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.safeshare.referrals.ReferralChange;
import org.safeshare.referrals.ReferralProblem;
import org.safeshare.referrals.Referrals;
import org.safeshare.referrals.domain.FamilyTold;
import org.safeshare.referrals.domain.ReferralType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Making a referral in two steps: the form (pre-filled from the person's record and, when "refer now" started it, from
 * the decision), then check your answers and send.
 */
@Controller
@RecordForms.Bound
class NewReferralPages {

    static final List<String> FIELDS = List.of("type", "personId", "decisionId", "immediateDanger", "concernFacts", "concernOpinion",
            "concernHistorical", "risk", "familyTold", "familyResponse", "otherAgencies");

    private final Referrals referrals;
    private final Decisions decisions;
    private final People people;
    private final Organisations organisations;

    NewReferralPages(Referrals referrals, Decisions decisions, People people, Organisations organisations) {
        this.referrals = referrals;
        this.decisions = decisions;
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping("/referrals/new")
    String start(@AuthenticationPrincipal Actor actor, @RequestParam Optional<String> person, @RequestParam Optional<String> decision,
            Model model) {
        ReferralForm form = decision.map(d -> fromDecision(actor, d))
                .orElseGet(() -> new ReferralForm(ReferralType.CHILDRENS_SOCIAL_CARE.name(), person.orElseThrow(() -> new NotFoundException("Person")),
                        null, null, null, null, null, null, null, null, null));
        return show(actor, model, form, FormErrors.none(), "referrals/new");
    }

    @PostMapping("/referrals/new")
    String check(@AuthenticationPrincipal Actor actor, @ModelAttribute ReferralForm form, Model model) {
        List<ReferralProblem> problems = referrals.check(actor, form.referral());
        return show(actor, model, form, Problems.errors(problems, FIELDS), problems.isEmpty() ? "referrals/check" : "referrals/new");
    }

    @PostMapping("/referrals/new/send")
    String send(@AuthenticationPrincipal Actor actor, @ModelAttribute ReferralForm form, Model model) {
        return switch (referrals.send(actor, form.referral())) {
            case ReferralChange.Done done -> "redirect:/referrals/" + done.id() + "?sent";
            case ReferralChange.Refused refused -> show(actor, model, form, Problems.errors(refused.problems(), FIELDS), "referrals/new");
        };
    }

    /** "Refer now": the decision's person, whether anyone is in immediate danger, and the practitioner's own reasons. */
    private ReferralForm fromDecision(Actor actor, String id) {
        DecisionRecord record = decisions.view(actor, DecisionId.parse(id).orElseThrow(() -> new NotFoundException("Decision")));
        var version = record.current();
        SharingFacts facts = version.facts();
        boolean adult = facts.subject().kind() == SharingFacts.SubjectKind.ADULT;
        boolean danger = facts.risk().level() == SharingFacts.RiskLevel.IMMEDIATE_DANGER;
        String risk = switch (facts.risk().level()) {
            case IMMEDIATE_DANGER -> "Immediate danger";
            case SIGNIFICANT_HARM_SUSPECTED -> "Significant harm suspected";
            case CHILD_IN_NEED -> "A child in need";
            case NONE -> "";
        };
        return new ReferralForm((adult ? ReferralType.ADULT_SOCIAL_CARE : ReferralType.CHILDRENS_SOCIAL_CARE).name(),
                record.personId().map(UUID::toString).orElseThrow(() -> new NotFoundException("Person")), record.id().toString(),
                danger ? "yes" : "no", version.decision().reasons(), null, null, risk, null, null, null);
    }

    private String show(Actor actor, Model model, ReferralForm form, FormErrors errors, String view) {
        PersonId person = PersonId.parse(form.personId()).orElseThrow(() -> new NotFoundException("Person"));
        model.addAttribute("person", people.visible(actor, person).record());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("callNow", CallNow.from(organisations.directory(actor)));
        model.addAttribute("typeOptions", Arrays.stream(ReferralType.values()).map(t -> new Option(t.name(), t.label())).toList());
        model.addAttribute("familyOptions", Arrays.stream(FamilyTold.values()).map(t -> new Option(t.name(), t.label())).toList());
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        model.addAttribute("hidden", List.of(new Option("type", form.type()), new Option("personId", form.personId()),
                new Option("decisionId", form.decisionId()), new Option("immediateDanger", form.immediateDanger()),
                new Option("concernFacts", form.concernFacts()), new Option("concernOpinion", form.concernOpinion()),
                new Option("concernHistorical", form.concernHistorical()), new Option("risk", form.risk()),
                new Option("familyTold", form.familyTold()), new Option("familyResponse", form.familyResponse()),
                new Option("otherAgencies", form.otherAgencies())));
        model.addAttribute("chosen", new Chosen(label(ReferralType.class, form.type()), label(FamilyTold.class, form.familyTold())));
        return view;
    }

    /** The labels of what was chosen, for check your answers. */
    record Chosen(String type, String familyTold) {}

    private static String label(Class<? extends Enum<?>> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .map(e -> e instanceof ReferralType t ? t.label() : ((FamilyTold) e).label()).orElse("");
    }
}

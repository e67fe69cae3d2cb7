package org.safeshare.referrals.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.exchange.NewInformationRequest;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonSearch;
import org.safeshare.people.domain.NhsNumber;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.DateInput;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.safeshare.referrals.Referral;
import org.safeshare.referrals.ReferralChange;
import org.safeshare.referrals.ReferralId;
import org.safeshare.referrals.Referrals;
import org.safeshare.referrals.StrategyDiscussions;
import org.safeshare.referrals.Triage;
import org.safeshare.referrals.domain.Agency;
import org.safeshare.referrals.domain.ReferralType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The MASH's pages on a referral: asking partners through the exchange, and recording a strategy discussion. */
@Controller
@RecordForms.Bound
class WorkPages {

    static final int ATTENDEE_ROWS = 6;
    private static final List<String> MEETING_ORDER = List.of("heldOn", "attendees", "shared", "decision");

    private final Referrals referrals;
    private final Triage triage;
    private final StrategyDiscussions discussions;
    private final People people;
    private final Organisations organisations;

    WorkPages(Referrals referrals, Triage triage, StrategyDiscussions discussions, People people, Organisations organisations) {
        this.referrals = referrals;
        this.triage = triage;
        this.discussions = discussions;
        this.people = people;
        this.organisations = organisations;
    }

    record AskForm(String person, List<String> organisations, String questions) {
        AskForm {
            organisations = organisations == null ? List.of() : organisations;
        }
    }

    record MeetingForm(String heldOnDay, String heldOnMonth, String heldOnYear, List<String> attendeeName, List<String> attendeeAgency,
            List<String> attendeeOrganisation, String shared, String decision) {
        MeetingForm {
            attendeeName = attendeeName == null ? List.of() : attendeeName;
            attendeeAgency = attendeeAgency == null ? List.of() : attendeeAgency;
            attendeeOrganisation = attendeeOrganisation == null ? List.of() : attendeeOrganisation;
        }
    }

    @GetMapping("/referrals/{id}/ask")
    String askPage(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return ask(actor, mash(actor, id), new AskForm(null, List.of(), null), FormErrors.none(), model);
    }

    @PostMapping("/referrals/{id}/ask")
    String ask(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute AskForm form, Model model) {
        Referral referral = mash(actor, id);
        List<String> chosen = form.organisations() == null ? List.of() : form.organisations();
        NewInformationRequest asked = new NewInformationRequest(ReferralForm.uuid(form.person()), PurposeCategory.SAFEGUARDING,
                "A referral to the MASH: deciding within one working day what happens next (Working Together to Safeguard Children 2023)",
                referral.type() == ReferralType.ADULT_SOCIAL_CARE ? "UK GDPR Article 6(1)(e) and Article 9(2)(g); Care Act 2014 section 42"
                        : "UK GDPR Article 6(1)(e) and Article 9(2)(g); Children Act 1989 sections 17 and 47",
                true, urgency(referral), lines(form.questions()),
                chosen.stream().map(o -> new NewInformationRequest.Addressee(ReferralForm.uuid(o), null)).toList());
        if (asked.personId() == null) {
            return ask(actor, referral, form, FormErrors.none().add("person", "Select your MASH's record of the child"), model);
        }
        return switch (triage.askPartners(actor, referral.id(), asked)) {
            case ReferralChange.Done done -> "redirect:/referrals/" + done.id() + "?asked";
            case ReferralChange.Refused refused -> ask(actor, referral, form,
                    Problems.errors(refused.problems(), List.of("person", "organisations", "questions")), model);
        };
    }

    @GetMapping("/referrals/{id}/strategy-discussion")
    String meetingPage(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        Referral referral = mash(actor, id);
        return meeting(referral, new MeetingForm(null, null, null, List.of(), List.of(), List.of(), null, null), FormErrors.none(), model);
    }

    @PostMapping("/referrals/{id}/strategy-discussion")
    String meeting(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute MeetingForm form, Model model) {
        Referral referral = mash(actor, id);
        // An unreadable date is no date to the rules (which refuse it): its own problem, in the GOV.UK date input's words,
        // is the one shown for the field, and the rules' problems with the other fields are shown with it.
        DateInput heldOn = heldOn(form);
        var meeting = new StrategyDiscussions.NewMeeting(heldOn.date().orElse(null), attendees(form), form.shared(), form.decision());
        return switch (discussions.record(actor, referral.id(), meeting)) {
            case ReferralChange.Done done -> "redirect:/referrals/" + done.id() + "?recorded";
            case ReferralChange.Refused refused -> {
                FormErrors errors = FormErrors.none();
                heldOn.problem("The date of the discussion").ifPresent(p -> errors.add("heldOn", p));
                Problems.errors(refused.problems(), MEETING_ORDER).all().forEach(errors::add);
                yield meeting(referral, form, errors.inOrder(MEETING_ORDER), model);
            }
        };
    }

    private String ask(Actor actor, Referral referral, AskForm form, FormErrors errors, Model model) {
        var subject = referral.subject();
        PersonSearch search = subject.nhsNumber().flatMap(n -> NhsNumber.parse(n).accepted())
                .map(n -> new PersonSearch(Optional.empty(), Optional.of(n), Optional.empty()))
                .orElseGet(() -> new PersonSearch(Optional.of(subject.name()), Optional.empty(), subject.dateOfBirth()));
        model.addAttribute("referral", referral);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("personOptions", people.search(actor, search).stream()
                .map(p -> new Option(p.id().value().toString(), p.person().displayName() + ", born " + p.person().dateOfBirth()
                        .map(d -> org.safeshare.platform.web.LondonDates.date(d)).orElse("unknown"))).toList());
        model.addAttribute("organisationOptions", organisations.directory(actor).stream()
                .filter(o -> !o.id().value().equals(actor.organisationId())).map(o -> new Option(o.id().value().toString(), o.name())).toList());
        return "referrals/ask";
    }

    private String meeting(Referral referral, MeetingForm form, FormErrors errors, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, ATTENDEE_ROWS).boxed().toList());
        model.addAttribute("agencyOptions", Arrays.stream(Agency.values()).map(a -> new Option(a.name(), a.label())).toList());
        return "referrals/meeting";
    }

    /** Reads the referral as the MASH: anyone else finds nothing here, as on the referral page. */
    private Referral mash(Actor actor, String id) {
        Referral referral = referrals.view(actor, ReferralPages.id(id));
        if (!referral.atTheMash()) {
            throw new org.safeshare.platform.NotFoundException("Referral");
        }
        return referral;
    }

    /** The request is as urgent as the referral's rating (amber until rated). */
    private static Urgency urgency(Referral referral) {
        return referral.rating().map(r -> Urgency.valueOf(r.name())).orElse(Urgency.AMBER);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    /** The GOV.UK date input's one reading (a two-figure year is not 26 AD). */
    static DateInput heldOn(MeetingForm form) {
        return new DateInput(form.heldOnDay(), form.heldOnMonth(), form.heldOnYear());
    }

    static List<Referral.Attendee> attendees(MeetingForm form) {
        List<Referral.Attendee> attendees = new ArrayList<>();
        List<String> names = form.attendeeName() == null ? List.of() : form.attendeeName();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String agency = at(form.attendeeAgency(), i);
            if ((name == null || name.isBlank()) && agency.isBlank()) {
                continue;
            }
            attendees.add(new Referral.Attendee(name, ReferralForm.choice(Agency.class, agency), at(form.attendeeOrganisation(), i)));
        }
        return attendees;
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }
}

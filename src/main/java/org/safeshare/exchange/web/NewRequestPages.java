package org.safeshare.exchange.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.accounts.Practitioners;
import org.safeshare.accounts.Teams;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.exchange.ExchangeSettings;
import org.safeshare.exchange.FieldProblem;
import org.safeshare.exchange.InformationRequests;
import org.safeshare.exchange.NewInformationRequest;
import org.safeshare.exchange.RequestChange;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.NotFoundException;
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

/** Asking organisations of the partnership for information about a person: the question page, check your answers, send. */
@Controller
@RecordForms.Bound
class NewRequestPages {

    static final List<String> FIELDS = List.of("organisations", "urgency", "purposeCategory", "purpose", "lawfulBasis", "statesPublicTask",
            "questions");

    private final InformationRequests requests;
    private final ExchangeSettings settings;
    private final Organisations organisations;
    private final People people;
    private final Practitioners practitioners;
    private final Teams teams;

    NewRequestPages(InformationRequests requests, ExchangeSettings settings, Organisations organisations, People people,
            Practitioners practitioners, Teams teams) {
        this.teams = teams;
        this.practitioners = practitioners;
        this.requests = requests;
        this.settings = settings;
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/exchange/requests/new")
    String form(@AuthenticationPrincipal Actor actor, @RequestParam String person, Model model) {
        return show(actor, model, person(person), RequestForm.empty(person), FormErrors.none(), "exchange/new");
    }

    @PostMapping("/exchange/requests/new")
    String check(@AuthenticationPrincipal Actor actor, @ModelAttribute RequestForm form, Model model) {
        List<FieldProblem> problems = requests.check(actor, form.asked(person(form.person())));
        return show(actor, model, person(form.person()), form, errors(problems, form), problems.isEmpty() ? "exchange/check" : "exchange/new");
    }

    @PostMapping("/exchange/requests/new/send")
    String send(@AuthenticationPrincipal Actor actor, @ModelAttribute RequestForm form, Model model) {
        RequestChange change = requests.send(actor, form.asked(person(form.person())));
        if (change instanceof RequestChange.Refused refused) {
            return show(actor, model, person(form.person()), form, errors(refused.problems(), form), "exchange/new");
        }
        return "redirect:/exchange/outbox?sent";
    }

    private String show(Actor actor, Model model, PersonId person, RequestForm form, FormErrors errors, String view) {
        var current = settings.current(actor.partnershipId());
        List<Organisation> partners = organisations.directory(actor).stream().filter(o -> !o.id().value().equals(actor.organisationId()))
                .toList();
        model.addAttribute("person", people.visible(actor, person).record());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.inOrder(FIELDS));
        model.addAttribute("organisationOptions", partners.stream().map(o -> new Option(o.id().value().toString(), o.name())).toList());
        model.addAttribute("urgencyOptions", Arrays.stream(Urgency.values())
                .map(u -> new Option(u.name(), u.label() + ": answer within " + current.deadlines().rule(u).describe())).toList());
        model.addAttribute("purposeOptions", Arrays.stream(PurposeCategory.values()).map(p -> new Option(p.name(), purpose(p))).toList());
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        var named = practitioners.practitionersOf(partners.stream().map(Organisation::id).toList());
        var teamsOf = teams.ofOrganisations(actor, partners.stream().map(Organisation::id).toList());
        model.addAttribute("namedOptions", partners.stream().map(o -> new NamedChoice(o.id().value().toString(), o.name(),
                named.get(o.id()).stream().map(p -> new Option(p.id().value().toString(), p.name())).toList(),
                teamsOf.getOrDefault(o.id(), List.of()).stream().map(t -> new Option(RequestForm.TEAM + t.id(), t.name() + " (team)")).toList()))
                .toList());
        java.util.Map<String, String> namedNames = new java.util.HashMap<>();
        named.values().stream().flatMap(List::stream).forEach(p -> namedNames.put(p.id().value().toString(), p.name()));
        teamsOf.values().stream().flatMap(List::stream).forEach(t -> namedNames.put(RequestForm.TEAM + t.id(), t.name() + " (team)"));
        model.addAttribute("namedNames", namedNames);
        model.addAttribute("chosenOrganisations", partners.stream().filter(o -> form.organisations().contains(o.id().value().toString()))
                .map(Organisation::name).toList());
        return view;
    }

    static FormErrors errors(List<FieldProblem> problems, RequestForm form) {
        FormErrors errors = FormErrors.none();
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("addressees\\[(\\d+)]\\.(namedUserId|teamId)");
        for (FieldProblem p : problems) {
            var match = named.matcher(p.field());
            String field = match.matches() ? form.namedField(Integer.parseInt(match.group(1)))
                    : p.field().startsWith("addressees") ? "organisations" : p.field().startsWith("questions") ? "questions" : p.field();
            errors.add(field, p.message());
        }
        return errors;
    }

    /** The practitioners of one organisation the requester may ask by name, and its teams. */
    record NamedChoice(String organisationId, String organisationName, List<Option> practitioners, List<Option> teams) {}

    private static PersonId person(String id) {
        return PersonId.parse(id).orElseThrow(() -> new NotFoundException("Person"));
    }

    static String purpose(PurposeCategory p) {
        return switch (p) {
            case SAFEGUARDING -> "Safeguarding a child or an adult at risk";
            case EARLY_HELP -> "Early help";
            case INDIVIDUAL_CARE -> "The person's individual care";
            case CRIME_PREVENTION -> "Preventing or detecting crime";
            case LEGAL_PROCEEDINGS -> "Legal proceedings";
            case STATUTORY_DUTY -> "A statutory duty";
            case OTHER -> "Another purpose";
        };
    }
}

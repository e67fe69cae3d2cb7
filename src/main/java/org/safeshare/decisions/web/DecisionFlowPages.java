package org.safeshare.decisions.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeshare.decisions.ConsentRegister.RegisteredConsent;
import org.safeshare.decisions.ConsentRegister;
import org.safeshare.decisions.Decisions;
import org.safeshare.decisions.LawCommencements;
import org.safeshare.decisions.Provision;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.VisiblePerson;
import org.safeshare.people.domain.Person;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The guided "should I share?" questions: one question per page, only those the answers so far make relevant. */
@Controller
@RequestMapping("/decisions/new")
class DecisionFlowPages {

    private final People people;
    private final Decisions decisions;
    private final Organisations organisations;
    private final List<ConsentRegister> consentRegisters;
    private final LawCommencements commencements;
    private final Drafts drafts;

    DecisionFlowPages(People people, Decisions decisions, Organisations organisations, List<ConsentRegister> consentRegisters,
            LawCommencements commencements, Drafts drafts) {
        this.drafts = drafts;
        this.people = people;
        this.decisions = decisions;
        this.organisations = organisations;
        this.consentRegisters = List.copyOf(consentRegisters);
        this.commencements = commencements;
    }

    @GetMapping
    String start(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String person, HttpSession session) {
        people.requireWorksWithPeople(actor);
        DecisionDraft draft = person == null || person.isBlank() ? DecisionDraft.blank() : fromPerson(actor, person);
        SharingFacts.Sharer sharer = decisions.sharerFor(actor, false);
        draft.sharerPublicAuthority = sharer.actsAsPublicAuthority();
        draft.sharerCovered = sharer.covered();
        draft.dutyToShareInForce = commencements.current().inForce(Provision.DUTY_TO_SHARE, decisions.today());
        Drafts.save(session, draft);
        return next(draft);
    }

    @GetMapping("/{flow}/{question}")
    String question(@AuthenticationPrincipal Actor actor, @PathVariable String flow, @PathVariable String question, HttpSession session,
            @RequestParam(defaultValue = "false") boolean change, Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        Question q = Questions.find(question).orElseThrow(() -> new NotFoundException("Question"));
        if (!q.relevant().test(draft)) {
            return next(draft);
        }
        return show(actor, model, draft, q, draft.answer(q.id()), change, FormErrors.none());
    }

    @PostMapping("/{flow}/{question}")
    String answer(@AuthenticationPrincipal Actor actor, @PathVariable String flow, @PathVariable String question, HttpSession session,
            @RequestParam(name = "answer", required = false) List<String> answer,
            @RequestParam(defaultValue = "false") boolean change, Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        Question q = Questions.find(question).orElseThrow(() -> new NotFoundException("Question"));
        List<String> values = answer == null ? List.of() : answer.stream().filter(v -> !v.isBlank()).map(String::trim).toList();
        Optional<String> problem = AnswerRules.problemWith(q, values, draft);
        if (problem.isPresent()) {
            return show(actor, model, draft, q, values, change, FormErrors.none().add(q.id(), problem.get()));
        }
        draft.answers.put(q.id(), AnswerRules.normalised(q, values));
        linkConsentRecord(actor, draft, q.id());
        if (q.id().equals(Questions.DANGER)) {
            draft.urgentAcknowledged = false;
        }
        Drafts.save(session, draft);
        if (draft.is(Questions.DANGER, "YES") && !draft.urgentAcknowledged) {
            return "redirect:/decisions/new/" + flow + "/urgent";
        }
        return change && Questions.firstUnanswered(draft).isEmpty() ? "redirect:/decisions/new/" + flow + "/check" : next(draft);
    }

    /** Immediate danger interrupts the journey: act first, record after (flowchart: "follow procedures without delay"). */
    @GetMapping("/{flow}/urgent")
    String urgent(@AuthenticationPrincipal Actor actor, @PathVariable String flow, HttpSession session, Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        model.addAttribute("draft", draft);
        model.addAttribute("mash", organisations.directory(actor).stream()
                .filter(o -> o.type() == OrganisationType.MASH || o.type() == OrganisationType.CHILDRENS_SOCIAL_CARE).toList());
        return "decisions/urgent";
    }

    @PostMapping("/{flow}/urgent")
    String acknowledge(@PathVariable String flow, HttpSession session) {
        DecisionDraft draft = drafts.get(session, flow);
        draft.urgentAcknowledged = true;
        Drafts.save(session, draft);
        return next(draft);
    }

    @GetMapping("/{flow}/check")
    String check(@PathVariable String flow, HttpSession session, Model model) {
        DecisionDraft draft = drafts.get(session, flow);
        if (Questions.firstUnanswered(draft).isPresent()) {
            return next(draft);
        }
        List<AnsweredQuestion> answered = new ArrayList<>();
        for (Question q : Questions.relevant(draft)) {
            answered.add(new AnsweredQuestion(q.id(), q.headingFor(draft), draft.answer(q.id()).stream().map(q::labelOf).toList()));
        }
        model.addAttribute("draft", draft);
        model.addAttribute("answered", answered);
        return "decisions/check";
    }

    private String show(Actor actor, Model model, DecisionDraft draft, Question q, List<String> selected, boolean change,
            FormErrors errors) {
        Optional<RegisteredConsent> registered = CONSENT_QUESTIONS.contains(q.id()) ? registered(actor, draft) : Optional.empty();
        model.addAttribute("fromRegister", registered.map(RegisteredConsent::summary).orElse(null));
        if (selected.isEmpty() && registered.isPresent()) {
            selected = preselected(q.id(), registered.get());
        }
        model.addAttribute("draft", draft);
        model.addAttribute("question", q);
        model.addAttribute("heading", q.headingFor(draft));
        model.addAttribute("selected", selected);
        model.addAttribute("change", change);
        model.addAttribute("errors", errors);
        model.addAttribute("back", change ? "/decisions/new/" + draft.flowId + "/check"
                : Questions.previous(draft, q.id()).map(p -> "/decisions/new/" + draft.flowId + "/" + p.id())
                        .orElse(draft.personId != null ? "/people/" + draft.personId : "/"));
        return "decisions/question";
    }

    private static final List<String> CONSENT_QUESTIONS = List.of(Questions.CONSENT, Questions.GIVEN_BY, Questions.COMPETENT);

    /** When the journey started from a person, the consent register's answer for the purpose chosen (seed 002: consent is specific). */
    private Optional<RegisteredConsent> registered(Actor actor, DecisionDraft draft) {
        String purpose = draft.single(Questions.PURPOSE);
        if (draft.personId == null || purpose == null) {
            return Optional.empty();
        }
        VisiblePerson person = people.visible(actor, new PersonId(draft.personId));
        return consentRegisters.stream().map(r -> r.positionFor(actor, person, PurposeCategory.valueOf(purpose),
                Optional.empty())).flatMap(Optional::stream).findFirst();
    }

    private static List<String> preselected(String question, RegisteredConsent registered) {
        return switch (question) {
            // The question asks whether consent was refused; a refusal set aside is still one (the risk answers weigh the ground).
            case Questions.CONSENT -> List.of(registered.status().refused() ? ConsentStatus.REFUSED.name() : registered.status().name());
            case Questions.GIVEN_BY -> registered.givenBy() == null ? List.of() : List.of(FactsFromAnswers.answer(registered.givenBy()));
            default -> List.of(registered.subjectCompetent() ? "YES" : "NO");
        };
    }

    /** The decision rests on the register's record only while the practitioner's answer agrees that consent was given. */
    private void linkConsentRecord(Actor actor, DecisionDraft draft, String question) {
        if (question.equals(Questions.PURPOSE)) {
            draft.consentRecordId = null;
        } else if (question.equals(Questions.CONSENT)) {
            draft.consentRecordId = draft.is(Questions.CONSENT, "GIVEN") ? registered(actor, draft)
                    .filter(r -> r.status() == ConsentStatus.GIVEN)
                    .map(RegisteredConsent::consentRecordId).orElse(null) : null;
        }
    }

    private static String next(DecisionDraft draft) {
        return "redirect:/decisions/new/" + draft.flowId + "/" + Questions.firstUnanswered(draft).map(Question::id).orElse("check");
    }

    private DecisionDraft fromPerson(Actor actor, String id) {
        PersonRecord record = people.view(actor, PersonId.parse(id).orElseThrow(() -> new NotFoundException("Person")));
        Person person = record.person();
        SubjectKind kind = switch (person.kind()) {
            case CHILD -> SubjectKind.CHILD;
            case ADULT -> SubjectKind.ADULT;
            case UNBORN -> SubjectKind.UNBORN;
        };
        Integer age = person.kind() == PersonKind.UNBORN ? null : person.ageOn(people.today()).orElse(null);
        DecisionDraft draft = new DecisionDraft(record.id().value(), kind, age);
        draft.nameFrom(person::displayName);
        draft.nhsNumberKnown = person.nhsNumber().isPresent();
        return draft;
    }

    /** One line of "check your answers". */
    record AnsweredQuestion(String id, String question, List<String> answers) {}
}

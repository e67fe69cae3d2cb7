package org.safeshare.exchange.web;

import java.util.Arrays;
import java.util.List;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.exchange.AnswerItem;
import org.safeshare.exchange.FieldProblem;
import org.safeshare.exchange.InformationRequest;
import org.safeshare.exchange.InformationRequests;
import org.safeshare.exchange.RequestChange;
import org.safeshare.exchange.RequestId;
import org.safeshare.exchange.RequestResponse;
import org.safeshare.exchange.RequestResponses;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Responding to a request: answer each question (fact, opinion or historical, with its source) or decline with
 * reasons, and answer what the decision engine asks, so that the decision record is the engine's (golden rule 7).
 */
@Controller
@RecordForms.Bound
class ResponsePages {

    private final InformationRequests requests;
    private final RequestResponses responses;
    private final OwnRecords ownRecords;

    ResponsePages(InformationRequests requests, RequestResponses responses, OwnRecords ownRecords) {
        this.requests = requests;
        this.responses = responses;
        this.ownRecords = ownRecords;
    }

    @GetMapping("/exchange/requests/{id}/respond")
    String form(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        InformationRequest request = addressed(actor, id);
        return show(actor, model, request, ResponseForm.empty(), FormErrors.none());
    }

    @PostMapping("/exchange/requests/{id}/respond")
    String respond(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute ResponseForm form, Model model) {
        RequestId requestId = RequestId.parse(id).orElseThrow(() -> new NotFoundException("Information request"));
        RequestResponse response = form.response();
        RequestChange change = responses.respond(actor, requestId, response);
        if (change instanceof RequestChange.Refused refused) {
            return show(actor, model, addressed(actor, id), form, errors(refused.problems(), response));
        }
        return "redirect:/exchange/requests/" + requestId + "?responded";
    }

    /** The request, read only by someone on the addressed side with their part still open; anyone else: "not found". */
    private InformationRequest addressed(Actor actor, String id) {
        InformationRequest request = requests.view(actor, RequestId.parse(id).orElseThrow(() -> new NotFoundException("Information request")));
        if (request.sentBy(actor.organisationId()) || request.partOf(actor.organisationId()).isEmpty()) {
            throw new NotFoundException("Information request");
        }
        return request;
    }

    private String show(Actor actor, Model model, InformationRequest request, ResponseForm posted, FormErrors errors) {
        MultiValueMap<String, String> form = posted.values();
        model.addAttribute("request", request);
        model.addAttribute("recordOptions", ownRecords.options(actor, request));
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("errors", errors);
        model.addAttribute("choiceOptions", List.of(new Option("ANSWER", "Answer the request"),
                new Option("DECLINE", "Decline the request, with reasons the requester will see")));
        model.addAttribute("kindOptions", Arrays.stream(AnswerItem.Kind.values()).map(k -> new Option(k.name(), k.label()))
                .toList());
        model.addAttribute("riskOptions", List.of(new Option("IMMEDIATE_DANGER", "Immediate danger"),
                new Option("SIGNIFICANT_HARM_SUSPECTED", "Reasonable cause to suspect significant harm"),
                new Option("CHILD_IN_NEED", "In need of support, no significant harm suspected"),
                new Option("NONE", "No known risk")));
        model.addAttribute("consentOptions", List.of(new Option("NOT_SOUGHT", "Not asked"),
                new Option("GIVEN", "Given"), new Option("REFUSED", "Refused"),
                new Option("CANNOT_BE_GIVEN", "Cannot be given")));
        model.addAttribute("informationOptions", List.of(new Option("confidential", "Confidential"),
                new Option("specialCategory", "Health, ethnicity, religion, sexuality or other special category"),
                new Option("criminalOffence", "About crimes or offences"),
                new Option("identitiesAtRisk", "Would reveal someone whose identity could put them at risk, such as a referrer")));
        model.addAttribute("consentRiskOptions", List.of(new Option("seekingConsentWouldIncreaseRisk",
                "Asking for consent would increase the risk of harm"),
                new Option("seekingConsentWouldCauseHarmfulDelay", "Asking would cause a harmful delay"),
                new Option("seekingConsentWouldPrejudiceInvestigation", "Asking would prejudice a criminal investigation")));
        model.addAttribute("informedOptions", Arrays.stream(DecisionTaken.SubjectInformed.values())
                .map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        // Lists, not text, for choices: a value must match exactly ("INFORMED" is inside "NOT_INFORMED").
        model.addAttribute("selected", form);
        return "exchange/respond";
    }

    private static FormErrors errors(List<FieldProblem> problems, RequestResponse response) {
        FormErrors errors = FormErrors.none();
        for (FieldProblem p : problems) {
            errors.add(ResponseForm.formField(p.field(), response), p.message());
        }
        return errors.inOrder(ResponseForm.ORDER);
    }
}

package org.safeshare.exchange.web;

import java.util.Optional;
import org.safeshare.exchange.InformationRequest;
import org.safeshare.exchange.InformationRequests;
import org.safeshare.exchange.RequestBoxes;
import org.safeshare.exchange.RequestId;
import org.safeshare.exchange.RequestList;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox (requests addressed to the reader's organisation) and outbox (requests it sent), each a dashboard by RAG
 * status and deadline, sortable by time left; and a request's own page.
 */
@Controller
class RequestPages {

    private final RequestBoxes boxes;
    private final InformationRequests requests;
    private final AnswerByDisclosure answerByDisclosure;
    private final Addressees addressees;

    RequestPages(RequestBoxes boxes, InformationRequests requests, AnswerByDisclosure answerByDisclosure, Addressees addressees) {
        this.addressees = addressees;
        this.boxes = boxes;
        this.requests = requests;
        this.answerByDisclosure = answerByDisclosure;
    }

    @GetMapping("/exchange/inbox")
    String inbox(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "open") String show,
            @RequestParam(defaultValue = "") String urgency, @RequestParam(defaultValue = "soonest") String sort,
            @RequestParam(defaultValue = "1") int page, Model model) {
        RequestList.Filter filter = filter(show, urgency, sort, page);
        return list(model, "inbox", boxes.inbox(actor, filter), filter);
    }

    @GetMapping("/exchange/outbox")
    String outbox(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "open") String show,
            @RequestParam(defaultValue = "") String urgency, @RequestParam(defaultValue = "soonest") String sort,
            @RequestParam(defaultValue = "1") int page, Model model) {
        RequestList.Filter filter = filter(show, urgency, sort, page);
        return list(model, "outbox", boxes.outbox(actor, filter), filter);
    }

    private static String list(Model model, String box, RequestList list, RequestList.Filter filter) {
        model.addAttribute("box", box);
        model.addAttribute("list", list);
        model.addAttribute("filter", filter);
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("urgencyParam", filter.urgency().map(u -> u.name().toLowerCase(java.util.Locale.ROOT)).orElse(""));
        return "exchange/box";
    }

    @GetMapping("/exchange/requests/{id}")
    String request(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        InformationRequest request = requests.view(actor, RequestId.parse(id).orElseThrow(() -> new NotFoundException("Information request")));
        boolean requesting = request.sentBy(actor.organisationId());
        model.addAttribute("request", request);
        model.addAttribute("requesting", requesting);
        model.addAttribute("addressedTo", addressees.of(actor, request));
        // The guarded read let the reader in: off the requesting side, they are on the addressed side (a DSL, the practitioner
        // asked by name or a member of the team asked), who answer.
        boolean answerer = !requesting;
        model.addAttribute("mayRespond", request.partOf(actor.organisationId()).filter(p -> p.open()).isPresent() && !requesting && answerer);
        model.addAttribute("disclosureOffer", answerByDisclosure.offer(actor, request, answerer));
        return "exchange/request";
    }

    private static RequestList.Filter filter(String show, String urgency, String sort, int page) {
        Optional<Urgency> only = java.util.Arrays.stream(Urgency.values()).filter(u -> u.name().equalsIgnoreCase(urgency)).findFirst();
        return new RequestList.Filter(!"all".equals(show), only, !"latest".equals(sort), page);
    }
}

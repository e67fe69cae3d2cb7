package org.safeshare.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.exchange.FieldProblem;
import org.safeshare.exchange.InformationRequests;
import org.safeshare.exchange.RequestBoxes;
import org.safeshare.exchange.RequestChange;
import org.safeshare.exchange.RequestId;
import org.safeshare.exchange.RequestList;
import org.safeshare.exchange.RequestResponses;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.platform.web.SameName;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Information requests for partner systems: send one, read it, respond to it (answer or decline, through the decision
 * engine) and list the requests addressed to the caller's organisation. A request the caller is no party to is 404.
 */
@RestController
@Tag(name = "Information requests", description = "Requests for information between organisations of a partnership, with deadlines")
class InformationRequestApi {

    private final InformationRequests requests;
    private final RequestResponses responses;
    private final RequestBoxes boxes;

    InformationRequestApi(InformationRequests requests, RequestResponses responses, RequestBoxes boxes) {
        this.requests = requests;
        this.responses = responses;
        this.boxes = boxes;
    }

    @PostMapping("/api/v1/information-requests")
    @Operation(summary = "Ask organisations of the partnership for information about a person the caller's organisation holds")
    ResponseEntity<RequestBodies.Request> send(@AuthenticationPrincipal Actor actor, @RequestBody RequestCommands.NewRequest body) {
        RequestId id = done(requests.send(actor, body.command()));
        return ResponseEntity.created(URI.create("/api/v1/information-requests/" + id)).body(view(actor, id));
    }

    @GetMapping("/api/v1/information-requests/{id}")
    @Operation(summary = "A request as the caller may see it: every organisation's part for the requester, its own for an addressed one")
    RequestBodies.Request request(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return view(actor, new RequestId(id));
    }

    @PostMapping("/api/v1/information-requests/{id}/responses")
    @Operation(summary = "Answer or decline the caller's organisation's part of a request; the decision record is made by the engine")
    ResponseEntity<RequestBodies.Request> respond(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody RequestCommands.Response body) {
        RequestId request = done(responses.respond(actor, new RequestId(id), body.response()));
        return ResponseEntity.created(URI.create("/api/v1/information-requests/" + request)).body(view(actor, request));
    }

    private RequestBodies.Request view(Actor actor, RequestId id) {
        return RequestBodies.Request.of(requests.view(actor, id));
    }

    @GetMapping("/api/v1/inbox")
    @Operation(summary = "Information requests addressed to the caller's organisation, open ones first by least time left, 50 a page")
    InboxBody inbox(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "true") boolean openOnly, @RequestParam Optional<RequestValues.Urgency> urgency) {
        var filter = new RequestList.Filter(openOnly, urgency.map(u -> SameName.as(Urgency.class, u)), true, page);
        return new InboxBody(RequestBodies.Inbox.of(boxes.inbox(actor, filter)));
    }

    /** The inbox: its requests part (disclosures and other kinds of item join it later). */
    record InboxBody(RequestBodies.Inbox informationRequests) {}

    private static RequestId done(RequestChange change) {
        return switch (change) {
            case RequestChange.Done done -> done.id();
            case RequestChange.Refused refused -> throw new InvalidRequestException(problems(refused.problems()));
        };
    }

    static List<InvalidRequestException.FieldProblem> problems(List<FieldProblem> problems) {
        return problems.stream().map(p -> new InvalidRequestException.FieldProblem(p.field(), p.message())).toList();
    }
}

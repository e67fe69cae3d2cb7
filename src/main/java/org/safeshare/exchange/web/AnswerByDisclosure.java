package org.safeshare.exchange.web;

import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.Decisions;
import org.safeshare.exchange.InformationRequest;
import org.safeshare.exchange.RequestPart;
import org.safeshare.exchange.RequestStatus;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Whether the reader may answer their organisation's part of a request with a secure disclosure, and where the form is.
 * The disclosure form needs a decision to share with the requester's organisation about a person the sender's
 * organisation holds (ADR 0018); the answer already recorded one through the engine, filed on the responder's own record
 * when they chose one. Without such a record the page says what to do instead.
 */
@Component
class AnswerByDisclosure {

    private final Decisions decisions;

    AnswerByDisclosure(Decisions decisions) {
        this.decisions = decisions;
    }

    /** What the request page offers; {@link Offer#NOTHING} to the requester and to anyone who may not respond. */
    Offer offer(Actor actor, InformationRequest request, boolean mayAnswer) {
        Optional<RequestPart> part = request.partOf(actor.organisationId());
        if (request.sentBy(actor.organisationId()) || !mayAnswer || part.isEmpty() || part.get().status() != RequestStatus.ANSWERED
                || part.get().decisionId().isEmpty() || part.get().disclosureId().isPresent()) {
            return Offer.NOTHING;
        }
        UUID decision = part.get().decisionId().get();
        return decisions.view(actor, new DecisionId(decision)).personId()
                .map(person -> new Offer(UriComponentsBuilder.fromPath("/people/{person}/disclosures/new").queryParam("requestId", request.id())
                        .queryParam("decisionId", decision).queryParam("recipients", request.requestedBy()).buildAndExpand(person).toUriString(), false))
                .orElse(new Offer(null, true));
    }

    /** A link to the pre-set disclosure form, or that the organisation holds no record of the person to send from. */
    record Offer(String href, boolean noRecord) {
        static final Offer NOTHING = new Offer(null, false);
    }
}

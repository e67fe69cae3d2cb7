package org.safeshare.exchange;

import org.safeshare.disclosures.DisclosureSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A disclosure sent in answer to an information request is recorded on the sending organisation's part of that request,
 * in the sending transaction (a synchronous listener), so the requester sees the disclosure exactly when it exists. Only
 * a part addressed to the sending organisation is ever marked: naming another organisation's request changes nothing.
 */
@Component
class DisclosureAnswers {

    private final RequestResponses responses;

    DisclosureAnswers(RequestResponses responses) {
        this.responses = responses;
    }

    @EventListener
    void on(DisclosureSent sent) {
        sent.requestId().ifPresent(request -> responses.disclosureSent(request, sent.senderOrganisationId(), sent.disclosureId().value()));
    }
}

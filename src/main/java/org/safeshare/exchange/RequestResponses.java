package org.safeshare.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.decisions.DecisionChange;
import org.safeshare.decisions.Decisions;
import org.safeshare.exchange.domain.RequestAccess;
import org.safeshare.exchange.persistence.RequestRepository;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.audit.ViewAudit;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * An addressed organisation's response to a request: answered or declined with reasons, each through the decision
 * engine so that a decision record (golden rule 7) is made from the request's facts and the responder's, and the
 * requester is told. Only the organisation's DSLs, the practitioner asked by name or its partner system respond.
 */
@Service
@Transactional
public class RequestResponses {

    private final RequestRepository requests;
    private final ViewAudit views;
    private final Decisions decisions;
    private final Organisations organisations;
    private final Audit audit;
    private final RequestNotices notices;
    private final Clock clock;
    private final People people;
    private final RequestReaders readers;

    RequestResponses(RequestRepository requests, ViewAudit views, Decisions decisions, Organisations organisations,
            Audit audit, RequestNotices notices, Clock clock, People people, RequestReaders readers) {
        this.readers = readers;
        this.people = people;
        this.requests = requests;
        this.views = views;
        this.decisions = decisions;
        this.organisations = organisations;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    public RequestChange respond(Actor actor, RequestId id, RequestResponse response) {
        // Read without a view event: a response writes its own event, and a write writes no view (ViewAudit).
        Optional<RequestRepository.Loaded> found = requests.find(id.value());
        if (found.isEmpty() || !RequestAccess.onAddressedSide(readers.reader(actor), RequestReaders.parties(found.get()))) {
            // The requester may read the request but answers nothing: to them, as to anyone else, there is nothing to answer.
            views.refused(AuditEvent.of(actor, AuditAction.INFORMATION_REQUEST_VIEWED).touching(InformationRequests.ref(id.value())));
            throw new NotFoundException("Information request");
        }
        RequestRepository.Loaded loaded = found.get();
        RequestPart part = loaded.parts().stream().filter(p -> p.organisationId().equals(actor.organisationId())).findFirst().orElseThrow();
        List<FieldProblem> problems = ResponseRules.problemsWith(response, loaded.questions().size(), part.open());
        if (!problems.isEmpty()) {
            return new RequestChange.Refused(problems);
        }
        boolean covered = organisations.find(new OrganisationId(loaded.request().requestingOrganisationId()))
                .map(o -> o.coveredByDutyToShare()).orElse(false);
        DecisionChange decided = decisions.record(actor, Optional.ofNullable(response.personId()).map(p -> people.visible(actor, new PersonId(p))),
                AnswerFacts.facts(loaded.request(), response.facts(), covered),
                AnswerFacts.decision(loaded.request(), response, loaded.questions()));
        if (decided instanceof DecisionChange.Refused refused) {
            return new RequestChange.Refused(ResponseRules.fromDecision(refused.problems(), response));
        }
        UUID decision = ((DecisionChange.Recorded) decided).id().value();
        boolean answering = response.choice() == RequestResponse.Choice.ANSWER;
        Instant now = clock.instant();
        if (!requests.respond(part.id(), answering ? RequestStatus.ANSWERED : RequestStatus.DECLINED, now, actor.id(), actor.displayName(),
                decision, answering ? null : response.reasons().trim())) {
            // Someone else at the organisation responded in the meantime: this response and its decision record roll back.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new RequestChange.Refused(List.of(ResponseRules.ALREADY_ANSWERED));
        }
        if (answering) {
            requests.insertAnswers(part.id(), response.answers().stream().map(ResponseRules::trimmed).toList());
        }
        audit.record(AuditEvent.of(actor, answering ? AuditAction.INFORMATION_REQUEST_ANSWERED : AuditAction.INFORMATION_REQUEST_DECLINED)
                .about(loaded.request().personId()).touching(InformationRequests.ref(id.value())).touching(RecordRef.decision(decision)));
        notices.tellRequester(loaded.request().requestedBy(), NotificationKind.INFORMATION_REQUEST_ANSWERED, id.value());
        return new RequestChange.Done(id);
    }

    /**
     * The hook for the disclosures module: a disclosure sent in answer to a request (its {@code DisclosureSent} event
     * names the request) is recorded on the sending organisation's part, so the requester sees it there.
     */
    public boolean disclosureSent(UUID request, UUID sendingOrganisation, UUID disclosure) {
        return requests.linkDisclosure(request, sendingOrganisation, disclosure);
    }
}

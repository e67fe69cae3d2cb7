package org.safeshare.exchange;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.actions.subjects.ActionSubjects;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.actions.subjects.SubjectSummary;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.LondonDates;
import org.springframework.stereotype.Component;

/** An action can be set on an information request its setter is a party to (the exchange's own guarded, audited read). */
@Component
class RequestsAsActionSubjects implements ActionSubjects {

    private final InformationRequests requests;

    RequestsAsActionSubjects(InformationRequests requests) {
        this.requests = requests;
    }

    @Override
    public Set<SubjectKind> kinds() {
        return Set.of(SubjectKind.INFORMATION_REQUEST);
    }

    @Override
    public Optional<SubjectSummary> visibleTo(SubjectKind kind, UUID id, Actor actor) {
        InformationRequest request = requests.view(actor, new RequestId(id));
        return Optional.of(new SubjectSummary("Information request from " + request.requestingOrganisationName() + " sent on "
                + LondonDates.date(request.sentAt()), "/exchange/requests/" + id, Optional.of(request.personId())));
    }
}

package org.safeshare.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.accounts.Practitioners;
import org.safeshare.accounts.Teams;
import org.safeshare.accounts.UserId;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.exchange.domain.RequestAccess;
import org.safeshare.exchange.persistence.RequestRepository.StoredRequest;
import org.safeshare.exchange.persistence.RequestRepository;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.VisiblePerson;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information requests: a practitioner asks organisations of their partnership for information about a person their
 * organisation holds; each addressed organisation gets its own part with a deadline in the partnership's working hours.
 * A request is "not found" to anyone but its parties ({@link RequestAccess}); every read is one audited view.
 */
@Service
@Transactional
public class InformationRequests {

    private final RequestRepository requests;
    private final ExchangeSettings settings;
    private final People people;
    private final Organisations organisations;
    private final Practitioners practitioners;
    private final Audit audit;
    private final ViewAudit views;
    private final RequestNotices notices;
    private final RequestReaders readers;
    private final Teams teams;
    private final Clock clock;

    InformationRequests(RequestRepository requests, ExchangeSettings settings, People people, Organisations organisations,
            Practitioners practitioners, Audit audit, ViewAudit views, RequestNotices notices, RequestReaders readers, Teams teams, Clock clock) {
        this.readers = readers;
        this.teams = teams;
        this.requests = requests;
        this.settings = settings;
        this.people = people;
        this.organisations = organisations;
        this.practitioners = practitioners;
        this.audit = audit;
        this.views = views;
        this.notices = notices;
        this.clock = clock;
    }

    /** What is wrong with a request before it is sent (for the check-your-answers step); nothing is read or saved. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(Actor actor, NewInformationRequest asked) {
        people.requireWorksWithPeople(actor);
        List<FieldProblem> problems = new ArrayList<>(RequestRules.problemsWith(asked));
        problems.addAll(addresseeProblems(actor, asked.addressees()));
        return problems;
    }

    /** Sends the request to each addressed organisation, or refuses it with what to correct and nothing saved. */
    public RequestChange send(Actor actor, NewInformationRequest asked) {
        List<FieldProblem> problems = check(actor, asked);
        if (!problems.isEmpty()) {
            return new RequestChange.Refused(problems);
        }
        // The guarded read: a person the requester's organisation does not hold is "not found", as everywhere else.
        VisiblePerson person = people.visible(actor, new PersonId(asked.personId()));
        Organisation requester = organisations.find(new OrganisationId(actor.organisationId())).orElseThrow();
        Instant now = clock.instant();
        StoredRequest stored = new StoredRequest(UUID.randomUUID(), actor.partnershipId(), actor.organisationId(), actor.id(),
                actor.displayName(), person.id().value(), kind(person.person().kind()), person.person().ageOn(people.today()),
                asked.purposeCategory(), asked.purpose().trim(), asked.lawfulBasis().trim(), requester.publicAuthority(),
                asked.statesPublicTask(), asked.urgency(), now);
        requests.insert(stored, RequestRules.asked(asked.questions()));
        // The partnership's settings read once: its deadlines and the calendar they are counted in come from the same read.
        var current = settings.current(actor.partnershipId());
        Instant due = current.deadlines().due(asked.urgency(), now, current.calendar());
        for (NewInformationRequest.Addressee addressee : asked.addressees()) {
            requests.insertPart(UUID.randomUUID(), stored, addressee.organisationId(), Optional.ofNullable(addressee.namedUserId()),
                    Optional.ofNullable(addressee.teamId()), due);
            notices.tellAddressed(addressee.organisationId(), Optional.ofNullable(addressee.namedUserId()), Optional.ofNullable(addressee.teamId()),
                    NotificationKind.INFORMATION_REQUEST_RECEIVED, stored.id());
        }
        audit.record(AuditEvent.of(actor, AuditAction.INFORMATION_REQUEST_SENT).about(stored.personId()).touching(ref(stored.id())));
        return new RequestChange.Done(new RequestId(stored.id()));
    }

    /** The request as the reader may see it: one audited view, or "not found" (audited as refused). */
    @Transactional(readOnly = true)
    public InformationRequest view(Actor actor, RequestId id) {
        RequestRepository.Loaded loaded = readable(actor, id);
        // Recorded before the names are read, so the request's one view event is named after the request (ViewAudit).
        views.viewed(AuditEvent.of(actor, AuditAction.INFORMATION_REQUEST_VIEWED).about(loaded.request().personId()).touching(ref(id.value())));
        return named(actor, loaded);
    }

    private RequestRepository.Loaded readable(Actor actor, RequestId id) {
        Optional<RequestRepository.Loaded> loaded = requests.find(id.value()).filter(l -> RequestAccess.maySee(readers.reader(actor), RequestReaders.parties(l)));
        if (loaded.isEmpty()) {
            views.refused(AuditEvent.of(actor, AuditAction.INFORMATION_REQUEST_VIEWED).touching(ref(id.value())));
            throw new NotFoundException("Information request");
        }
        return loaded.get();
    }

    private InformationRequest named(Actor actor, RequestRepository.Loaded loaded) {
        StoredRequest r = loaded.request();
        boolean requesting = RequestAccess.onRequestingSide(readers.reader(actor), RequestReaders.parties(loaded));
        List<RequestPart> parts = loaded.parts().stream().filter(p -> requesting || p.organisationId().equals(actor.organisationId()))
                .toList();
        List<OrganisationId> named = new ArrayList<>(parts.stream().map(p -> new OrganisationId(p.organisationId())).toList());
        named.add(new OrganisationId(r.requestingOrganisationId()));
        Map<OrganisationId, String> names = organisations.names(named.stream().distinct().toList());
        PersonId person = new PersonId(r.personId());
        var subject = Optional.ofNullable(people.identities(actor, List.of(person)).get(person));
        return new InformationRequest(new RequestId(r.id()), r.requestingOrganisationId(),
                names.get(new OrganisationId(r.requestingOrganisationId())), r.requestedBy(), r.requestedByName(), r.personId(), subject, r.subjectKind(),
                r.subjectAgeYears(), r.purposeCategory(), r.purpose(), r.lawfulBasis(), r.fromPublicAuthority(), r.statesPublicTask(),
                r.urgency(), r.sentAt(), loaded.questions(),
                parts.stream().map(p -> p.named(names.get(new OrganisationId(p.organisationId())))).toList());
    }

    /** Organisations of the requester's partnership other than its own; a named practitioner must work there, a team be one of its teams. */
    private List<FieldProblem> addresseeProblems(Actor actor, List<NewInformationRequest.Addressee> addressees) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < addressees.size(); i++) {
            var a = addressees.get(i);
            if (a == null || a.organisationId() == null) {
                continue;
            }
            Optional<Organisation> organisation = organisations.find(new OrganisationId(a.organisationId()))
                    .filter(o -> o.partnershipId().value().equals(actor.partnershipId()));
            if (organisation.isEmpty() || a.organisationId().equals(actor.organisationId())) {
                problems.add(new FieldProblem("addressees[" + i + "].organisationId", "Select another organisation of your partnership"));
            } else if (a.namedUserId() != null
                    && !practitioners.worksAt(new UserId(a.namedUserId()), new OrganisationId(a.organisationId()))) {
                problems.add(new FieldProblem("addressees[" + i + "].namedUserId", "Select a practitioner who works at that organisation"));
            } else if (a.teamId() != null && teams.of(actor, new OrganisationId(a.organisationId())).stream()
                    .noneMatch(t -> t.id().equals(a.teamId()))) {
                problems.add(new FieldProblem("addressees[" + i + "].teamId", "Select a team of that organisation"));
            }
        }
        return problems;
    }

    static RecordRef ref(UUID request) {
        return new RecordRef(RecordRef.Kind.REQUEST, request);
    }

    private static SubjectKind kind(PersonKind kind) {
        return switch (kind) {
            case CHILD -> SubjectKind.CHILD;
            case ADULT -> SubjectKind.ADULT;
            case UNBORN -> SubjectKind.UNBORN;
        };
    }
}

package org.safeshare.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.ViewAudit;
import org.safeshare.exchange.domain.RequestAccess;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.exchange.persistence.RequestLists;
import org.safeshare.exchange.persistence.RequestLists.Side;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonIdentity;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each side's list of requests, by deadline: the inbox of requests addressed to the reader's organisation (all of them
 * for its DSLs, those naming them or a team of theirs for a practitioner) and the outbox of requests it sent (all of them for its MASH
 * officers and DSLs, their own for a practitioner). One query a page, plus one each to name organisations and people.
 */
@Service
@Transactional(readOnly = true)
public class RequestBoxes {

    private final RequestLists lists;
    private final Organisations organisations;
    private final People people;
    private final ViewAudit views;
    private final RequestReaders readers;
    private final Clock clock;

    RequestBoxes(RequestLists lists, Organisations organisations, People people, ViewAudit views, RequestReaders readers, Clock clock) {
        this.readers = readers;
        this.lists = lists;
        this.organisations = organisations;
        this.people = people;
        this.views = views;
        this.clock = clock;
    }

    public RequestList inbox(Actor actor, RequestList.Filter filter) {
        return list(actor, Side.INBOX, filter);
    }

    public RequestList outbox(Actor actor, RequestList.Filter filter) {
        return list(actor, Side.OUTBOX, filter);
    }

    private RequestList list(Actor actor, Side side, RequestList.Filter filter) {
        people.requireWorksWithPeople(actor);
        RequestAccess.Reader reader = readers.reader(actor);
        // A practitioner without a triage role sees only what names them (inbox) or what they sent (outbox).
        Optional<UUID> onlyUser = reader.triages() || reader.partnerSystem() ? Optional.empty() : Optional.of(actor.id());
        int size = RequestList.PAGE_SIZE;
        List<RequestLists.Row> rows = lists.page(new RequestLists.Query(side, actor.organisationId(), onlyUser, reader.teams(), filter.openOnly(),
                filter.urgency(), filter.soonestFirst(), size + 1, (filter.page() - 1) * size));
        boolean more = rows.size() > size;
        List<RequestLists.Row> shown = more ? rows.subList(0, size) : rows;
        Instant now = clock.instant();
        Map<OrganisationId, String> names = organisations.names(shown.stream().map(r -> new OrganisationId(r.otherOrganisationId()))
                .distinct().toList());
        AuditEvent read = AuditEvent.of(actor, AuditAction.INFORMATION_REQUEST_VIEWED);
        for (RequestLists.Row row : shown) {
            read = read.touching(InformationRequests.ref(row.requestId()));
        }
        if (!shown.isEmpty()) {
            // Before the people are named, so the list's one view event is named after the requests (ViewAudit).
            views.viewed(read);
        }
        Map<PersonId, PersonIdentity> who = people.identities(actor, shown.stream().map(r -> new PersonId(r.personId())).distinct().toList());
        List<RequestRow> named = shown.stream().map(r -> new RequestRow(new RequestId(r.requestId()), r.partId(), r.otherOrganisationId(),
                names.get(new OrganisationId(r.otherOrganisationId())), Optional.ofNullable(who.get(new PersonId(r.personId()))),
                r.urgency(), r.sentAt(), r.dueAt(), r.status(), r.status() == RequestStatus.OPEN && r.dueAt().isBefore(now))).toList();
        Map<Urgency, RequestList.Counts> counts = new EnumMap<>(Urgency.class);
        lists.openCounts(side, actor.organisationId(), onlyUser, reader.teams(), now)
                .forEach((urgency, c) -> counts.put(urgency, new RequestList.Counts(c.open(), c.overdue())));
        return new RequestList(named, filter.page(), more, counts);
    }
}

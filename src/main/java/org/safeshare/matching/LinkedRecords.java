package org.safeshare.matching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.matching.persistence.BacklogRepository;
import org.safeshare.matching.persistence.LinkRepository;
import org.safeshare.matching.persistence.LinkRepository.PairStatus;
import org.safeshare.matching.persistence.LinkRepository.StoredPair;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.LinkageKeys;
import org.safeshare.people.PeopleForLinkage;
import org.safeshare.people.PersonId;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records linked to a child's record that the user's own organisation holds, each with a link to open it. That
 * another organisation holds a record of the child is itself information about the child: nobody learns it without a
 * stated purpose and the right role, so other organisations' records are shown only through "does anyone else know this
 * child?" ({@link Holders}: audited with its purpose, the holders alerted), never here (Caldicott principle 4, need to
 * know; ADR 0025). Read in a fixed number of statements however many links there are, and part of the
 * page's one view event.
 */
@Service
@Transactional(readOnly = true)
public class LinkedRecords {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** One linked record as the user may see it: {@code openable} when it is their organisation's own. */
    public record LinkedRecord(UUID pairId, String organisation, LocalDate heldSince, Optional<PersonId> openable, boolean byReview) {}

    private final LinkRepository links;
    private final PeopleForLinkage people;
    private final Organisations organisations;
    private final ViewAudit views;
    private final BacklogRepository backlog;

    LinkedRecords(LinkRepository links, PeopleForLinkage people, Organisations organisations, ViewAudit views, BacklogRepository backlog) {
        this.links = links;
        this.backlog = backlog;
        this.people = people;
        this.organisations = organisations;
        this.views = views;
    }

    /**
     * Whether the partnership's index held every child's record when last counted: links are made as records are indexed,
     * so while it is still being built the list may lack some (ADR 0024).
     */
    public IndexCoverage coverage(Actor actor) {
        return new IndexCoverage(backlog.unindexed(actor.partnershipId()));
    }

    public List<LinkedRecord> of(Actor actor, VisiblePerson child) {
        child.requireSeenBy(actor);
        UUID childId = child.id().value();
        Map<UUID, StoredPair> linked = links.involving(childId).stream().filter(p -> p.status() == PairStatus.LINKED)
                .collect(Collectors.toMap(p -> p.other(childId), p -> p));
        List<LinkageKeys> records = people.children(linked.keySet()).stream()
                .filter(k -> k.organisationId().equals(actor.organisationId())).toList();
        if (records.isEmpty()) {
            return List.of();
        }
        Map<OrganisationId, String> names = organisations.names(records.stream().map(k -> new OrganisationId(k.organisationId()))
                .collect(Collectors.toSet()));
        List<LinkedRecord> shown = new ArrayList<>();
        AuditEvent read = AuditEvent.of(actor, AuditAction.PERSON_VIEWED).about(childId);
        for (LinkageKeys record : records) {
            StoredPair pair = linked.get(record.id().value());
            shown.add(new LinkedRecord(pair.id(), names.get(new OrganisationId(record.organisationId())),
                    record.heldSince().atZone(LONDON).toLocalDate(), Optional.of(record.id()), pair.decidedByAPerson()));
            read = read.touching(RecordRef.person(record.id().value()));
        }
        views.viewed(read);
        shown.sort(java.util.Comparator.comparing(LinkedRecord::organisation));
        return shown;
    }
}

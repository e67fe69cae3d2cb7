package org.safeshare.matching;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.matching.persistence.LinkRepository;
import org.safeshare.matching.persistence.LinkRepository.PairStatus;
import org.safeshare.matching.persistence.LinkRepository.StoredPair;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.PeopleForLinkage;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A link found wrong (two children after all) is unlinked by the MASH or an information governance lead, with a reason,
 * audited; the pair then stays unlinked and is never proposed again, as a rejected pair is. Nothing is deleted: the
 * link and its unlinking both remain on record (UK GDPR Article 5(1)(d), accuracy, and 5(2), accountability).
 */
@Service
@Transactional
public class Unlinking {

    /** A link as the reviewer sees it before unlinking: organisations and the reasons it was made, not the records. */
    public record Link(UUID id, String firstOrganisation, String secondOrganisation, double probability, String reasons) {}

    /** Unlinked, or why not. */
    public sealed interface Unlink {
        record Unlinked() implements Unlink {}
        record Refused(String field, String message) implements Unlink {}
    }

    private final LinkRepository links;
    private final PeopleForLinkage people;
    private final Organisations organisations;
    private final Audit audit;
    private final Clock clock;

    Unlinking(LinkRepository links, PeopleForLinkage people, Organisations organisations, Audit audit, Clock clock) {
        this.links = links;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Link link(Actor actor, UUID id) {
        StoredPair pair = linked(actor, id);
        Map<UUID, UUID> holders = people.holders(java.util.List.of(pair.first(), pair.second()));
        Map<OrganisationId, String> names = organisations.names(holders.values().stream().map(OrganisationId::new).collect(Collectors.toSet()));
        return new Link(pair.id(), names.get(new OrganisationId(holders.get(pair.first()))),
                names.get(new OrganisationId(holders.get(pair.second()))), pair.probability(), pair.reasons());
    }

    public Unlink unlink(Actor actor, UUID id, String reason) {
        StoredPair pair = linked(actor, id);
        if (reason == null || reason.isBlank()) {
            return new Unlink.Refused("reason", "Enter why these records are not the same child");
        }
        if (reason.strip().length() > 500) {
            return new Unlink.Refused("reason", "The reason must be 500 characters or fewer");
        }
        if (!links.unlink(pair.id(), actor.partnershipId(), actor.id(), reason.strip(), clock.instant())) {
            throw new NotFoundException("Link");
        }
        audit.record(AuditEvent.of(actor, AuditAction.LINK_UNLINKED).touching(RecordRef.person(pair.first()))
                .touching(RecordRef.person(pair.second())));
        return new Unlink.Unlinked();
    }

    /** A link of the actor's partnership, for someone who reviews links; anything else is "not found". */
    private StoredPair linked(Actor actor, UUID id) {
        if (!ClericalReview.reviews(actor)) {
            throw new NotFoundException("Link");
        }
        return links.find(id).filter(p -> p.partnershipId().equals(actor.partnershipId()) && p.status() == PairStatus.LINKED)
                .orElseThrow(() -> new NotFoundException("Link"));
    }
}

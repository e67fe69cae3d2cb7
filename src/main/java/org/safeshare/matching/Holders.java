package org.safeshare.matching;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.matching.domain.PartnershipScoring;
import org.safeshare.matching.domain.Thresholds;
import org.safeshare.matching.persistence.BacklogRepository;
import org.safeshare.matching.persistence.LinkRepository;
import org.safeshare.matching.persistence.LinkRepository.PairStatus;
import org.safeshare.matching.persistence.LinkRepository.StoredPair;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.PeopleForLinkage;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Does anyone else know this child?" (Working Together to Safeguard Children 2023, chapter 2): for a MASH officer or a
 * DSL who states a purpose, which other organisations of the partnership hold a record of the child, since when and why
 * the records are thought the same child. Each lookup is audited, and each holder is alerted through the audit alerts
 * (Caldicott principle 4). Anyone else is told nothing, as if the child were unknown.
 */
@Service
@Transactional
public class Holders {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PeopleForLinkage people;
    private final Organisations organisations;
    private final LinkRepository links;
    private final LinkageIndex index;
    private final BacklogRepository backlog;
    private final Audit audit;
    private final Clock clock;

    Holders(PeopleForLinkage people, Organisations organisations, LinkRepository links, LinkageIndex index, BacklogRepository backlog,
            Audit audit, Clock clock) {
        this.people = people;
        this.backlog = backlog;
        this.index = index;
        this.organisations = organisations;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean mayAsk(Actor actor) {
        return actor.has(Role.MASH_OFFICER) || actor.has(Role.DESIGNATED_SAFEGUARDING_LEAD);
    }

    public HolderLookup lookUp(Actor actor, VisiblePerson child, String purposeCode) {
        if (!mayAsk(actor)) {
            throw new NotFoundException("Person");
        }
        var purpose = LookupPurpose.parse(purposeCode);
        if (purpose.isEmpty()) {
            return new HolderLookup.Refused("purpose", "Select why you need to know who else holds a record of this child");
        }
        UUID childId = child.id().value();
        Map<OrganisationId, String> partners = LinkageIndex.partners(organisations.directory(actor), actor.organisationId());
        Map<UUID, StoredPair> pairs = links.involving(childId).stream().collect(Collectors.toMap(p -> p.other(childId), p -> p));
        Thresholds thresholds = thresholds(actor.partnershipId());
        Set<UUID> linked = pairs.values().stream().filter(p -> p.status() == PairStatus.LINKED).map(p -> p.other(childId))
                .collect(Collectors.toSet());
        audit.record(AuditEvent.of(actor, AuditAction.HOLDERS_LOOKED_UP).about(childId).purpose(purpose.get().name()));
        List<Holder> holders = new ArrayList<>();
        for (LinkageIndex.Match match : index.matches(actor.partnershipId(), people.of(child),
                org -> partners.containsKey(new OrganisationId(org)), linked, thresholds)) {
            UUID other = match.record().id().value();
            PartnershipScoring.Scored scored = match.scored();
            if (isHolder(actor, childId, other, scored, pairs.get(other), thresholds)) {
                // One event about the holder's record, with the purpose: the audit alerts tell its DSL and Caldicott guardian.
                audit.record(AuditEvent.of(actor, AuditAction.HOLDERS_LOOKED_UP).about(other).purpose(purpose.get().name()));
                holders.add(new Holder(partners.get(new OrganisationId(match.record().organisationId())),
                        match.record().heldSince().atZone(LONDON).toLocalDate(), scored.explanation().probability(),
                        linked.contains(other), scored.explanation().rule(), KeysAsRecords.reasonList(scored.explanation()), other));
            }
        }
        return new HolderLookup.Found(withLinkIds(childId, holders), new IndexCoverage(backlog.unindexed(actor.partnershipId())));
    }

    /**
     * Linked already, or linked now (at or above the link threshold); a pair between the thresholds is proposed for
     * review and is not a holder until a person confirms it; a rejected pair is never proposed again.
     */
    private boolean isHolder(Actor actor, UUID childId, UUID other, PartnershipScoring.Scored scored, StoredPair pair, Thresholds thresholds) {
        if (pair != null && pair.status() != PairStatus.WITHDRAWN) {
            return pair.status() == PairStatus.LINKED;
        }
        double probability = scored.explanation().probability();
        String reasons = KeysAsRecords.reasons(scored.explanation());
        if (probability >= thresholds.link()) {
            if (links.propose(actor.partnershipId(), childId, other, probability, reasons, PairStatus.LINKED, clock.instant())) {
                audit.record(AuditEvent.of(actor, AuditAction.LINK_MADE).about(childId).touching(RecordRef.person(other)));
            }
            return true;
        }
        if (links.propose(actor.partnershipId(), childId, other, probability, reasons, PairStatus.REVIEW, clock.instant())) {
            audit.record(AuditEvent.of(actor, AuditAction.LINK_PROPOSED).about(childId).touching(RecordRef.person(other)));
        }
        return false;
    }

    /** Each holder with its link's id, read once after the lookup (which may have made some of the links). */
    private List<Holder> withLinkIds(UUID childId, List<Holder> holders) {
        if (holders.isEmpty()) {
            return holders;
        }
        Map<UUID, UUID> linkOf = links.involving(childId).stream().filter(p -> p.status() == PairStatus.LINKED)
                .collect(Collectors.toMap(p -> p.other(childId), StoredPair::id));
        return holders.stream().map(h -> new Holder(h.organisation(), h.heldSince(), h.probability(), h.confirmed(), h.rule(),
                h.reasons(), linkOf.get(h.link()))).toList();
    }

    Thresholds thresholds(UUID partnership) {
        return links.thresholds(partnership).orElse(Thresholds.DEFAULT);
    }
}

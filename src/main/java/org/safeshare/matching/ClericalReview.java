package org.safeshare.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.matching.persistence.LinkRepository;
import org.safeshare.matching.persistence.LinkRepository.PairStatus;
import org.safeshare.matching.persistence.LinkRepository.StoredPair;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.LinkageKeys;
import org.safeshare.people.PeopleForLinkage;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairs scored between the partnership's review and link thresholds wait here for the MASH or an information governance
 * lead: confirmed, the records are linked (never merged); rejected, the pair is never proposed again. Each decision
 * carries a reason and is audited. The reviewer sees organisations, dates and field weights, not the records.
 */
@Service
@Transactional
public class ClericalReview {

    /** A pair awaiting review, as the reviewer sees it. */
    public record Proposal(UUID id, String firstOrganisation, String secondOrganisation, double probability, String reasons,
            Instant proposedAt) {}

    /** A decision, or why it could not be made. */
    public sealed interface ReviewDecision {
        record Decided(PairStatus status) implements ReviewDecision {}
        record Refused(String field, String message) implements ReviewDecision {}
    }

    private final LinkRepository links;
    private final PeopleForLinkage people;
    private final Organisations organisations;
    private final Audit audit;
    private final java.time.Clock clock;

    ClericalReview(LinkRepository links, PeopleForLinkage people, Organisations organisations, Audit audit, java.time.Clock clock) {
        this.links = links;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean reviews(Actor actor) {
        return actor.has(Role.MASH_OFFICER) || actor.has(Role.INFORMATION_GOVERNANCE_LEAD);
    }

    @Transactional(readOnly = true)
    public List<Proposal> queue(Actor actor) {
        requireReviewer(actor);
        var pairs = links.awaitingReview(actor.partnershipId());
        Set<UUID> persons = pairs.stream().flatMap(p -> Stream.of(p.first(), p.second())).collect(Collectors.toSet());
        Map<UUID, UUID> holders = people.holders(persons);
        Map<OrganisationId, String> names = organisations.names(holders.values().stream().map(OrganisationId::new).collect(Collectors.toSet()));
        return pairs.stream().map(p -> new Proposal(p.id(), names.get(new OrganisationId(holders.get(p.first()))),
                names.get(new OrganisationId(holders.get(p.second()))), p.probability(), p.reasons(), p.proposedAt())).toList();
    }

    public ReviewDecision decide(Actor actor, UUID pair, boolean sameChild, String reason) {
        requireReviewer(actor);
        if (reason == null || reason.isBlank()) {
            return new ReviewDecision.Refused("reason", "Enter why these records are, or are not, the same child");
        }
        if (reason.strip().length() > 500) {
            return new ReviewDecision.Refused("reason", "The reason must be 500 characters or fewer");
        }
        var stored = links.find(pair).filter(p -> p.partnershipId().equals(actor.partnershipId()))
                .orElseThrow(() -> new NotFoundException("Proposed link"));
        PairStatus status = sameChild ? PairStatus.LINKED : PairStatus.REJECTED;
        if (!links.decide(pair, actor.partnershipId(), status, actor.id(), reason.strip(), clock.instant())) {
            throw new NotFoundException("Proposed link");
        }
        AuditEvent decided = AuditEvent.of(actor, sameChild ? AuditAction.LINK_CONFIRMED : AuditAction.LINK_REJECTED)
                .touching(RecordRef.person(stored.first())).touching(RecordRef.person(stored.second()));
        for (StoredPair same : sameQuestion(stored)) {
            links.decide(same.id(), actor.partnershipId(), status, actor.id(), reason.strip(), clock.instant());
            decided = decided.touching(RecordRef.person(same.first())).touching(RecordRef.person(same.second()));
        }
        audit.record(decided);
        return new ReviewDecision.Decided(status);
    }

    /**
     * The pairs still awaiting review that ask the same question: this record against the other record's linked records
     * (the same child), each way round. Deciding one decides them, so a reviewer is not asked about one child three times.
     */
    private List<StoredPair> sameQuestion(StoredPair decided) {
        Map<UUID, Set<UUID>> linked = new java.util.HashMap<>();
        for (StoredPair link : links.linkedTo(List.of(decided.first(), decided.second()))) {
            linked.computeIfAbsent(link.first(), k -> new java.util.HashSet<>()).add(link.second());
            linked.computeIfAbsent(link.second(), k -> new java.util.HashSet<>()).add(link.first());
        }
        List<StoredPair> same = new java.util.ArrayList<>(links.awaitingReviewBetween(decided.first(),
                linked.getOrDefault(decided.second(), Set.of())));
        same.addAll(links.awaitingReviewBetween(decided.second(), linked.getOrDefault(decided.first(), Set.of())));
        return same;
    }

    private static void requireReviewer(Actor actor) {
        if (!reviews(actor)) {
            throw new NotFoundException("Proposed link");
        }
    }
}

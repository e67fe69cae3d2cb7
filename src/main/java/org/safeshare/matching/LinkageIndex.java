package org.safeshare.matching;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.matching.domain.AgencyRecord;
import org.safeshare.matching.domain.IndexEntries;
import org.safeshare.matching.domain.IndexEntries.Entry;
import org.safeshare.matching.domain.PartnershipScoring;
import org.safeshare.matching.domain.Population;
import org.safeshare.matching.domain.Thresholds;
import org.safeshare.matching.persistence.IndexRepository;
import org.safeshare.matching.persistence.LinkRepository;
import org.safeshare.matching.persistence.LinkRepository.PairStatus;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.LinkageKeys;
import org.safeshare.people.PeopleForLinkage;
import org.safeshare.people.PersonChanged;
import org.safeshare.people.PersonRecorded;
import org.safeshare.platform.security.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored linkage index kept current by the people module's events (ADR 0015, addendum 2). A record added or changed
 * is indexed in the transaction that adds or changes it, and scored against the records the index brings together with
 * it: a link is made at or above the partnership's link threshold, a pair between the thresholds waits for review, each
 * audited. Nothing is held in memory, so any number of instances share the one index in PostgreSQL.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class LinkageIndex {

    /** A candidate's record and how it scored against the child. */
    record Match(LinkageKeys record, PartnershipScoring.Scored scored) {}

    private final PeopleForLinkage people;
    private final Organisations organisations;
    private final IndexRepository index;
    private final LinkRepository links;
    private final Audit audit;
    private final Clock clock;

    LinkageIndex(PeopleForLinkage people, Organisations organisations, IndexRepository index, LinkRepository links, Audit audit,
            Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.index = index;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    public void on(PersonRecorded recorded) {
        index(recorded.person().value(), recorded.recordedBy());
    }

    @EventListener
    public void on(PersonChanged changed) {
        index(changed.person().value(), Optional.of(changed.changedBy()));
    }

    /** Indexes the record (or drops it, if it is no child's) and proposes or makes the links it scores. */
    void index(UUID person, Optional<Actor> by) {
        Optional<LinkageKeys> keys = people.children(List.of(person)).stream().findFirst();
        Optional<UUID> partnership = keys.flatMap(k -> organisations.find(new OrganisationId(k.organisationId())))
                .map(o -> o.partnershipId().value());
        if (keys.isEmpty() || partnership.isEmpty()) {
            index.remove(person);
            return;
        }
        Set<Entry> entries = IndexEntries.of(KeysAsRecords.variants(keys.get()));
        index.lock(partnership.get(), entries);
        index.replace(partnership.get(), person, entries);
        Thresholds thresholds = links.thresholds(partnership.get()).orElse(Thresholds.DEFAULT);
        UUID holder = keys.get().organisationId();
        for (Match match : matches(partnership.get(), keys.get(), org -> !org.equals(holder), Set.of(), thresholds)) {
            propose(partnership.get(), person, match, thresholds, by);
        }
    }

    /**
     * Indexes these records as {@link #index} does each (the same rows; those that are no child's are dropped), in a fixed
     * number of statements whatever their number (ADR 0024, addendum 1): the catch-up's batch. They are written first and
     * scored after, so two records of the batch that match are scored once, from whichever side comes first. How many were
     * indexed.
     */
    int indexAll(Collection<UUID> records) {
        if (records.isEmpty()) {
            return 0;
        }
        List<LinkageKeys> children = people.children(records);
        IndexBatch batch = IndexBatch.of(children, organisations.partnerships(
                children.stream().map(k -> new OrganisationId(k.organisationId())).distinct().toList()));
        index.lockAll(batch.rows());
        index.replaceAll(records, batch.rows());
        Map<UUID, Thresholds> thresholds = links.thresholds(batch.partnerships());
        Map<UUID, List<UUID>> candidates = index.candidatesOfEach(batch.blocking());
        Map<UUID, LinkageKeys> known = people.children(candidates.values().stream().flatMap(List::stream).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(k -> k.id().value(), k -> k));
        Entry marker = new Entry(IndexEntries.RECORD, 0);
        Map<UUID, Map<Entry, Long>> counts = index.countsOfEach(batch.terms(), marker);
        for (IndexBatch.Member member : batch.members()) {
            Thresholds saved = thresholds.getOrDefault(member.partnership(), Thresholds.DEFAULT);
            List<LinkageKeys> others = candidates.getOrDefault(member.id(), List.of()).stream().map(known::get)
                    .filter(k -> k != null && !k.organisationId().equals(member.keys().organisationId())).toList();
            proposeAmong(member, others, saved, member.population(counts, marker));
        }
        return batch.members().size();
    }

    private void proposeAmong(IndexBatch.Member member, List<LinkageKeys> others, Thresholds thresholds, Population population) {
        if (others.isEmpty()) {
            return;
        }
        Map<String, LinkageKeys> byId = others.stream().collect(Collectors.toMap(k -> k.id().value().toString(), k -> k));
        for (PartnershipScoring.Scored scored : PartnershipScoring.candidates(member.variants(),
                others.stream().map(KeysAsRecords::variants).toList(), thresholds, Set.of(), population)) {
            propose(member.partnership(), member.id(), new Match(byId.get(scored.recId()), scored), thresholds, Optional.empty());
        }
    }

    /**
     * The records the index brings together with the child, held by organisations {@code held} accepts, scored: those at
     * or above the review threshold, and those named in {@code alsoExplain} (linked already) whatever their score.
     */
    List<Match> matches(UUID partnership, LinkageKeys child, Predicate<UUID> held, Set<UUID> alsoExplain, Thresholds thresholds) {
        List<AgencyRecord> variants = KeysAsRecords.variants(child);
        Set<UUID> ids = new java.util.LinkedHashSet<>(index.candidates(partnership, IndexEntries.blocking(variants), child.id().value()));
        ids.addAll(alsoExplain);
        Map<UUID, LinkageKeys> candidates = people.children(ids).stream().filter(k -> held.test(k.organisationId()))
                .collect(Collectors.toMap(k -> k.id().value(), k -> k));
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<PartnershipScoring.Scored> scored = PartnershipScoring.candidates(variants,
                candidates.values().stream().map(KeysAsRecords::variants).toList(), thresholds,
                alsoExplain.stream().map(UUID::toString).collect(Collectors.toSet()), population(partnership, variants));
        return scored.stream().map(s -> new Match(candidates.get(UUID.fromString(s.recId())), s)).toList();
    }

    private Population population(UUID partnership, List<AgencyRecord> variants) {
        Map<Entry, IndexEntries.Term> terms = IndexEntries.terms(variants);
        Entry marker = new Entry(IndexEntries.RECORD, 0);
        Map<Entry, Long> counts = index.counts(partnership, terms.keySet(), marker);
        Map<IndexEntries.Term, Long> holding = new HashMap<>();
        terms.forEach((entry, term) -> holding.put(term, counts.getOrDefault(entry, 0L)));
        return new Population(counts.getOrDefault(marker, 1L), holding);
    }

    private void propose(UUID partnership, UUID person, Match match, Thresholds thresholds, Optional<Actor> by) {
        double probability = match.scored().explanation().probability();
        UUID other = match.record().id().value();
        boolean link = probability >= thresholds.link();
        String reasons = KeysAsRecords.reasons(match.scored().explanation());
        if (links.propose(partnership, person, other, probability, reasons, link ? PairStatus.LINKED : PairStatus.REVIEW, clock.instant())) {
            AuditAction action = link ? AuditAction.LINK_MADE : AuditAction.LINK_PROPOSED;
            audit.record(by.map(actor -> AuditEvent.of(actor, action).about(person))
                    .orElseGet(() -> AuditEvent.bySetUp(action, RecordRef.person(person))).touching(RecordRef.person(other)));
        }
    }

    /**
     * The pair scored afresh under these thresholds (ThresholdRescoring): the stored probability is not enough, as the
     * ceiling that holds possible twins for review moves with the thresholds. Empty when either record is no longer a
     * child's record.
     */
    Optional<PartnershipScoring.Scored> rescore(UUID partnership, UUID first, UUID second, Thresholds thresholds) {
        Map<UUID, LinkageKeys> keys = people.children(List.of(first, second)).stream().collect(Collectors.toMap(k -> k.id().value(), k -> k));
        if (keys.size() < 2) {
            return Optional.empty();
        }
        List<AgencyRecord> variants = KeysAsRecords.variants(keys.get(first));
        return PartnershipScoring.candidates(variants, List.of(KeysAsRecords.variants(keys.get(second))), thresholds,
                Set.of(second.toString()), population(partnership, variants)).stream().findFirst();
    }

    /** The partnership's organisations other than the asker's, by id: the holders a lookup may name. */
    static Map<OrganisationId, String> partners(List<Organisation> directory, UUID askersOrganisation) {
        return directory.stream().filter(o -> !o.id().value().equals(askersOrganisation))
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
    }
}

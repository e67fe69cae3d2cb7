package org.safeshare.matching;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.matching.domain.AgencyRecord;
import org.safeshare.matching.domain.IndexEntries;
import org.safeshare.matching.domain.IndexEntries.Entry;
import org.safeshare.matching.domain.Population;
import org.safeshare.matching.persistence.IndexRepository.Asked;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.PartnershipId;
import org.safeshare.people.LinkageKeys;

/**
 * The records of one batch of the catch-up ({@link LinkageIndex#indexAll}), each with its partnership and the rows the index
 * holds of it: the same rows as {@link LinkageIndex#index} writes for one record, as both take them from
 * {@link IndexEntries#of}. A record that is no child's, or whose organisation has no partnership, is not among them.
 */
record IndexBatch(List<Member> members) {

    /** One record of the batch. */
    record Member(UUID partnership, LinkageKeys keys, List<AgencyRecord> variants) {

        UUID id() {
            return keys.id().value();
        }

        Asked rows() {
            return new Asked(partnership, id(), IndexEntries.of(variants));
        }

        Asked blocking() {
            return new Asked(partnership, id(), IndexEntries.blocking(variants));
        }

        Asked terms() {
            return new Asked(partnership, id(), IndexEntries.terms(variants).keySet());
        }

        /** The record's population, from the counts of its partnership ({@code IndexRepository.countsOfEach}). */
        Population population(Map<UUID, Map<Entry, Long>> counts, Entry marker) {
            Map<Entry, Long> partnership = counts.getOrDefault(this.partnership, Map.of());
            Map<IndexEntries.Term, Long> holding = new java.util.HashMap<>();
            IndexEntries.terms(variants).forEach((entry, term) -> holding.put(term, partnership.getOrDefault(entry, 0L)));
            return new Population(partnership.getOrDefault(marker, 1L), holding);
        }
    }

    static IndexBatch of(Collection<LinkageKeys> children, Map<OrganisationId, PartnershipId> partnerships) {
        return new IndexBatch(children.stream()
                .flatMap(keys -> Optional.ofNullable(partnerships.get(new OrganisationId(keys.organisationId()))).stream()
                        .map(p -> new Member(p.value(), keys, KeysAsRecords.variants(keys))))
                .toList());
    }

    List<Asked> rows() {
        return members.stream().map(Member::rows).toList();
    }

    List<Asked> blocking() {
        return members.stream().map(Member::blocking).toList();
    }

    List<Asked> terms() {
        return members.stream().map(Member::terms).toList();
    }

    Set<UUID> partnerships() {
        return members.stream().map(Member::partnership).collect(java.util.stream.Collectors.toSet());
    }
}

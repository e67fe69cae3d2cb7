package org.safeshare.matching;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.matching.domain.IndexEntries;
import org.safeshare.matching.persistence.BacklogRepository;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.organisations.PartnershipId;
import org.safeshare.people.PeopleForLinkage;
import org.safeshare.platform.jobs.SingleInstanceJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes, in the background, children's records that no event indexed (made before the stored index existed, or written
 * behind the service's back), so that start-up and readiness never wait for them (ADR 0024). Each batch is one
 * transaction holding the job's lock ({@link SingleInstanceJobs}), so two instances never index the same batch at once.
 * Whether any are missing is two counts, the people module's children per organisation against the index's own records
 * per partnership, so a run with nothing left costs those two queries. When some are missing, a run walks the children's
 * ids page by page through the people module's API, in id order, and indexes those the index does not hold, or holds
 * under an older key set (addendum 1: a record indexed before the newer blocking keys is keyed again), each page as one
 * batch in a fixed number of statements; the next run goes on where the last stopped, and after the last page starts
 * again from the first id. Indexing a record twice changes nothing, so a page interrupted or walked by another instance
 * later loses nothing. The count each partnership's lookups show (records to re-key among those not yet indexed) is
 * refreshed before and after each run.
 */
@Component
public class LinkageIndexCatchUp {

    static final String JOB = "linkage-index-catch-up";

    private final BacklogRepository backlog;
    private final PeopleForLinkage people;
    private final LinkageIndex linkage;
    private final Organisations organisations;
    private final SingleInstanceJobs jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batch;
    /**
     * Where this instance's walk stopped when a run's time was up: the next run goes on from there, so a walk longer than
     * one run's time still reaches the end (empty: start from the first id).
     */
    private volatile Optional<UUID> resumeAfter = Optional.empty();

    LinkageIndexCatchUp(BacklogRepository backlog, PeopleForLinkage people, LinkageIndex linkage, Organisations organisations,
            SingleInstanceJobs jobs, TransactionTemplate transaction, Clock clock, @Value("${safeshare.matching.job-batch:200}") int batch) {
        this.backlog = backlog;
        this.people = people;
        this.linkage = linkage;
        this.organisations = organisations;
        this.jobs = jobs;
        this.transaction = transaction;
        this.clock = clock;
        this.batch = batch;
    }

    /**
     * Indexes pages (at least one) until none is left or the time is up; how many records it indexed, or -1 when another instance
     * holds the job. Whether any remain is counted afresh at the end.
     */
    public int run(java.time.Duration budget) {
        long until = System.nanoTime() + budget.toNanos();
        int indexed = 0;
        if (count() == 0) {
            return 0;
        }
        Optional<UUID> after = resumeAfter;
        do {
            Optional<UUID> from = after;
            Optional<Page> page = jobs.runAloneForResult(JOB, () -> indexNextPage(from));
            if (page.isEmpty()) {
                return indexed == 0 ? -1 : indexed;
            }
            indexed += page.get().indexed();
            after = page.get().last();
        } while (after.isPresent() && System.nanoTime() < until);
        resumeAfter = after;
        count();
        return indexed;
    }

    /** One page of the walk: the last id read (empty: the walk is over) and how many of the page were indexed now. */
    private record Page(Optional<UUID> last, int indexed) {}

    /**
     * Counts each partnership's records not yet indexed (or indexed under an older key set) and stores the counts the
     * lookups show; the total. Not under the job's lock: it only reads and replaces the counts, so an instance that finds
     * the lock taken still keeps them true.
     */
    public long count() {
        Map<UUID, Long> byPartnership = new HashMap<>();
        transaction.executeWithoutResult(t -> {
            Map<UUID, Long> children = people.childrenByOrganisation();
            Map<OrganisationId, PartnershipId> partnerships = organisations.partnerships(
                    children.keySet().stream().map(OrganisationId::new).toList());
            children.forEach((organisation, records) -> Optional.ofNullable(partnerships.get(new OrganisationId(organisation)))
                    .ifPresent(partnership -> byPartnership.merge(partnership.value(), records, Long::sum)));
            backlog.indexedByPartnership(IndexEntries.KEY_SET_KIND, IndexEntries.KEY_SET)
                    .forEach((partnership, records) -> byPartnership.merge(partnership, -records, Long::sum));
            byPartnership.values().removeIf(missing -> missing <= 0);
            backlog.store(byPartnership, clock.instant());
        });
        return byPartnership.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * In the job's transaction: the page's records the index does not hold, or holds under an older key set, are indexed
     * as one batch ({@link LinkageIndex#indexAll}). Indexing a record twice changes nothing, so a page rolled back is simply
     * done again.
     */
    private Page indexNextPage(Optional<UUID> after) {
        List<UUID> children = people.childIdsAfter(after, batch);
        Set<UUID> indexed = backlog.indexedAmong(children, IndexEntries.KEY_SET_KIND, IndexEntries.KEY_SET);
        List<UUID> missing = children.stream().filter(child -> !indexed.contains(child)).toList();
        linkage.indexAll(missing);
        return new Page(children.size() < batch ? Optional.empty() : Optional.of(children.getLast()), missing.size());
    }

    /** What a lookup in the partnership shows of the index's progress. */
    IndexCoverage coverage(UUID partnership) {
        return new IndexCoverage(backlog.unindexed(partnership));
    }
}

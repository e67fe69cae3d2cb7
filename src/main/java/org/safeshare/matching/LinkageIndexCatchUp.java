package org.safeshare.matching;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.matching.persistence.BacklogRepository;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.jobs.SingleInstanceJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes, in the background, children's records that no event indexed (made before the stored index existed, or written
 * behind the service's back), so that start-up and readiness never wait for them (ADR 0024). Each batch is one
 * transaction holding the job's lock ({@link SingleInstanceJobs}), so two instances never index the same batch at once,
 * and it finds its records by one indexed anti-join, walking the person ids in order: an interrupted run resumes where the
 * index stands (the next run starts from the first id again), and a run with nothing left costs that one query. The count each partnership's lookups show is refreshed before and after each run.
 */
@Component
public class LinkageIndexCatchUp {

    static final String JOB = "linkage-index-catch-up";

    private final BacklogRepository backlog;
    private final LinkageIndex linkage;
    private final Organisations organisations;
    private final SingleInstanceJobs jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batch;

    LinkageIndexCatchUp(BacklogRepository backlog, LinkageIndex linkage, Organisations organisations, SingleInstanceJobs jobs,
            TransactionTemplate transaction, Clock clock, @Value("${safeshare.matching.job-batch:200}") int batch) {
        this.backlog = backlog;
        this.linkage = linkage;
        this.organisations = organisations;
        this.jobs = jobs;
        this.transaction = transaction;
        this.clock = clock;
        this.batch = batch;
    }

    /**
     * Indexes batches until none is left or the time is up; how many records it indexed, or -1 when another instance
     * holds the job. Whether any remain is counted afresh at the end.
     */
    public int run(java.time.Duration budget) {
        long until = System.nanoTime() + budget.toNanos();
        int indexed = 0;
        if (count() == 0) {
            return 0;
        }
        Optional<UUID> after = Optional.empty();
        while (System.nanoTime() < until) {
            List<UUID> done = new java.util.ArrayList<>();
            Optional<UUID> from = after;
            if (!jobs.runAlone(JOB, () -> done.addAll(indexNextBatch(from)))) {
                return indexed == 0 ? -1 : indexed;
            }
            indexed += done.size();
            if (done.size() < batch) {
                break;
            }
            after = Optional.of(done.getLast());
        }
        count();
        return indexed;
    }

    /**
     * Counts each partnership's records not yet indexed and stores the counts the lookups show; the total. Not under the
     * job's lock: it only reads and replaces the counts, so an instance that finds the lock taken still keeps them true.
     */
    public long count() {
        Map<UUID, Long> byPartnership = new HashMap<>();
        transaction.executeWithoutResult(t -> {
            backlog.countByOrganisation().forEach((organisation, records) -> partnershipOf(organisation)
                    .ifPresent(partnership -> byPartnership.merge(partnership, records, Long::sum)));
            backlog.store(byPartnership, clock.instant());
        });
        return byPartnership.values().stream().mapToLong(Long::longValue).sum();
    }

    /** In the job's transaction: indexing a record twice changes nothing, so a batch rolled back is simply done again. */
    private List<UUID> indexNextBatch(Optional<UUID> after) {
        List<UUID> next = backlog.next(after, batch).stream().map(BacklogRepository.Unindexed::person).toList();
        next.forEach(record -> linkage.index(record, Optional.empty()));
        return next;
    }

    private Optional<UUID> partnershipOf(UUID organisation) {
        return organisations.find(new OrganisationId(organisation)).map(Organisation::partnershipId).map(p -> p.value());
    }

    /** What a lookup in the partnership shows of the index's progress. */
    IndexCoverage coverage(UUID partnership) {
        return new IndexCoverage(backlog.unindexed(partnership));
    }
}

package org.safeshare.matching;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.matching.domain.PartnershipScoring;
import org.safeshare.matching.domain.Thresholds;
import org.safeshare.matching.persistence.LinkRepository;
import org.safeshare.matching.persistence.LinkRepository.PairStatus;
import org.safeshare.matching.persistence.LinkRepository.StoredPair;
import org.safeshare.matching.persistence.RescoringRepository;
import org.safeshare.matching.persistence.RescoringRepository.Pending;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the partnership changes its thresholds, the pairs the model decided follow them: each is scored afresh (the
 * ceiling that holds possible twins for review moves with the thresholds) and linked, sent to review or withdrawn. A
 * pair a person confirmed, rejected or unlinked stays as decided (UK GDPR Article 22: a person's decision is not undone
 * by a setting). The saving transaction only records that re-scoring is pending ({@link #request}); the job does it in
 * batches ({@link ThresholdRescoringJob}), each under the partnership's threshold lock, against the thresholds on record
 * then, and moving its cursor in the same transaction, so a batch interrupted is done again and a save meanwhile starts
 * the pairs over under the new thresholds (ADR 0024). Each change is audited as the service's, for the organisation
 * whose administrator saved the thresholds.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ThresholdRescoring {

    /** How many pairs changed: now linked by the model, now awaiting review, now withdrawn (below the review threshold). */
    public record Rescored(int linked, int toReview, int withdrawn) {

        static final Rescored NONE = new Rescored(0, 0, 0);

        Rescored plus(PairStatus status) {
            return switch (status) {
                case LINKED -> new Rescored(linked + 1, toReview, withdrawn);
                case REVIEW -> new Rescored(linked, toReview + 1, withdrawn);
                case WITHDRAWN -> new Rescored(linked, toReview, withdrawn + 1);
                default -> this;
            };
        }

        Rescored plus(Rescored other) {
            return new Rescored(linked + other.linked, toReview + other.toReview, withdrawn + other.withdrawn);
        }
    }

    /** Where the re-scoring stands: {@code pairsLeft} of the model's pairs still to score against thresholds version N. */
    public record Progress(boolean inProgress, long pairsLeft, long thresholdsVersion) {

        static final Progress NONE = new Progress(false, 0, 0);
    }

    /** One batch's outcome: how many pairs it scored, what changed, and whether the partnership's re-scoring is done. */
    record Batch(int scored, Rescored rescored, boolean finished) {}

    private final LinkRepository links;
    private final RescoringRepository pending;
    private final LinkageIndex index;
    private final Audit audit;
    private final Clock clock;

    ThresholdRescoring(LinkRepository links, RescoringRepository pending, LinkageIndex index, Audit audit, Clock clock) {
        this.links = links;
        this.pending = pending;
        this.index = index;
        this.audit = audit;
        this.clock = clock;
    }

    /** In the saving transaction: re-scoring is pending from this version, from the first pair; how many pairs it has. */
    Progress request(UUID partnership, long version, UUID savedFor) {
        return new Progress(true, pending.request(partnership, version, savedFor, clock.instant()), version);
    }

    Progress progress(UUID partnership) {
        return pending.pending(partnership).map(p -> new Progress(true, p.left(), p.thresholdsVersion())).orElse(Progress.NONE);
    }

    /** Scores the next {@code most} pairs of the partnership against its thresholds on record. */
    Batch nextBatch(UUID partnership, int most) {
        links.lockThresholds(partnership);
        Optional<Pending> state = pending.pending(partnership);
        if (state.isEmpty()) {
            return new Batch(0, Rescored.NONE, true);
        }
        Thresholds thresholds = links.thresholds(partnership).orElse(Thresholds.DEFAULT);
        List<StoredPair> pairs = pending.nextPairs(state.get(), most);
        Rescored rescored = Rescored.NONE;
        for (StoredPair pair : pairs) {
            rescored = rescore(pair, thresholds, state.get().requestedFor()).map(rescored::plus).orElse(rescored);
        }
        if (pairs.size() < most) {
            pending.finish(partnership);
            return new Batch(pairs.size(), rescored, true);
        }
        pending.advance(partnership, pairs.getLast().id(), pairs.size());
        return new Batch(pairs.size(), rescored, false);
    }

    /** The pair's new state, when it changed. */
    private Optional<PairStatus> rescore(StoredPair pair, Thresholds thresholds, UUID savedFor) {
        Optional<PartnershipScoring.Scored> scored = index.rescore(pair.partnershipId(), pair.first(), pair.second(), thresholds);
        double probability = scored.map(s -> s.explanation().probability()).orElse(pair.probability());
        String reasons = scored.map(s -> KeysAsRecords.reasons(s.explanation())).orElse(pair.reasons());
        PairStatus now = probability >= thresholds.link() ? PairStatus.LINKED
                : probability >= thresholds.review() ? PairStatus.REVIEW : PairStatus.WITHDRAWN;
        if (now == pair.status() || !links.rescored(pair.id(), now, probability, reasons, clock.instant())) {
            return Optional.empty();
        }
        audit.record(AuditEvent.byService(action(now), pair.partnershipId(), savedFor).touching(RecordRef.person(pair.first()))
                .touching(RecordRef.person(pair.second())));
        return Optional.of(now);
    }

    private static AuditAction action(PairStatus status) {
        return switch (status) {
            case LINKED -> AuditAction.LINK_MADE;
            case REVIEW -> AuditAction.LINK_PROPOSED;
            default -> AuditAction.LINK_WITHDRAWN;
        };
    }
}

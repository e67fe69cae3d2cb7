package org.safeshare.matching.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.safeshare.matching.ClericalReview;
import org.safeshare.matching.IndexCoverage;
import org.safeshare.matching.LinkThresholds;
import org.safeshare.matching.LinkedRecords;
import org.safeshare.matching.ThresholdRescoring;
import org.safeshare.matching.Unlinking;
import org.safeshare.matching.domain.Thresholds;

/** The record linkage API's request and response bodies: each its own record, apart from the services' types. */
final class LinkageBodies {

    private LinkageBodies() {}

    /** A record of the caller's own organisation linked to the child's: it may open it. {@code linkedBy} MODEL or REVIEWER. */
    record LinkedRecordBody(UUID linkId, UUID personId, String organisation, LocalDate heldSince, String linkedBy) {

        static LinkedRecordBody of(LinkedRecords.LinkedRecord r) {
            return new LinkedRecordBody(r.pairId(), r.openable().map(id -> id.value()).orElse(null), r.organisation(), r.heldSince(),
                    r.byReview() ? "REVIEWER" : "MODEL");
        }
    }

    /** {@code index}: whether the partnership's linkage index held every child's record; if not, links may be missing. */
    record LinkedRecordsBody(List<LinkedRecordBody> linkedRecords, IndexBody index) {}

    /** {@code complete} false while the index is still being built: the answer may be incomplete by up to that many records. */
    record IndexBody(boolean complete, long recordsNotYetIndexed) {

        static IndexBody of(IndexCoverage coverage) {
            return new IndexBody(coverage.complete(), coverage.recordsNotYetIndexed());
        }
    }

    /** A pair awaiting review: the organisations, the probability and the reasons, never the records. */
    record ProposalBody(UUID id, String firstOrganisation, String secondOrganisation, double probability, String reasons, Instant proposedAt) {

        static ProposalBody of(ClericalReview.Proposal p) {
            return new ProposalBody(p.id(), p.firstOrganisation(), p.secondOrganisation(), p.probability(), p.reasons(), p.proposedAt());
        }
    }

    record ReviewQueueBody(List<ProposalBody> proposals) {}

    /** {@code sameChild} true links the records; false rejects the pair for good. Both need a reason. */
    record DecisionRequest(Boolean sameChild, String reason) {}

    /** LINKED or REJECTED. */
    record DecisionBody(UUID id, String status) {}

    record LinkBody(UUID id, String firstOrganisation, String secondOrganisation, double probability, String reasons) {

        static LinkBody of(Unlinking.Link l) {
            return new LinkBody(l.id(), l.firstOrganisation(), l.secondOrganisation(), l.probability(), l.reasons());
        }
    }

    record UnlinkRequest(String reason) {}

    /** UNLINKED. */
    record UnlinkBody(UUID id, String status) {}

    /** Probabilities: more than 0, at most 1, review below link. */
    record ThresholdsRequest(Double link, Double review) {}

    record ThresholdsBody(double link, double review, RescoringBody rescoring) {

        static ThresholdsBody of(Thresholds t, ThresholdRescoring.Progress progress) {
            return new ThresholdsBody(t.link(), t.review(), RescoringBody.of(progress));
        }
    }

    /** The thresholds saved; the model's pairs are re-scored against them in the background. */
    record ThresholdsSetBody(double link, double review, RescoringBody rescoring) {

        static ThresholdsSetBody of(LinkThresholds.ThresholdChange.Saved saved) {
            return new ThresholdsSetBody(saved.thresholds().link(), saved.thresholds().review(), RescoringBody.of(saved.rescoring()));
        }
    }

    /** {@code inProgress} while the model's pairs are still being scored against thresholds version {@code thresholdsVersion}. */
    record RescoringBody(boolean inProgress, long pairsLeft, Long thresholdsVersion) {

        static RescoringBody of(ThresholdRescoring.Progress p) {
            return new RescoringBody(p.inProgress(), p.pairsLeft(), p.inProgress() ? p.thresholdsVersion() : null);
        }
    }
}

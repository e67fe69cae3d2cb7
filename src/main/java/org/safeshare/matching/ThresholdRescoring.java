package org.safeshare.matching;

import java.time.Clock;
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
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the partnership changes its thresholds, the pairs the model decided follow them: each is scored afresh (the
 * ceiling that holds possible twins for review moves with the thresholds) and linked, sent to review or withdrawn. A
 * pair a person confirmed, rejected or unlinked stays as decided (UK GDPR Article 22: a person's decision is not undone
 * by a setting). Runs in the transaction that saves the thresholds, under the partnership's threshold lock, and each
 * change is audited, so the pairs never disagree with the thresholds on record.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ThresholdRescoring {

    /** How many pairs changed: now linked by the model, now awaiting review, now withdrawn (below the review threshold). */
    public record Rescored(int linked, int toReview, int withdrawn) {

        Rescored plus(PairStatus status) {
            return switch (status) {
                case LINKED -> new Rescored(linked + 1, toReview, withdrawn);
                case REVIEW -> new Rescored(linked, toReview + 1, withdrawn);
                case WITHDRAWN -> new Rescored(linked, toReview, withdrawn + 1);
                default -> this;
            };
        }
    }

    private final LinkRepository links;
    private final LinkageIndex index;
    private final Audit audit;
    private final Clock clock;

    ThresholdRescoring(LinkRepository links, LinkageIndex index, Audit audit, Clock clock) {
        this.links = links;
        this.index = index;
        this.audit = audit;
        this.clock = clock;
    }

    Rescored rescore(Actor actor, Thresholds thresholds) {
        Rescored rescored = new Rescored(0, 0, 0);
        for (StoredPair pair : links.decidedByTheModel(actor.partnershipId())) {
            Optional<PartnershipScoring.Scored> scored = index.rescore(actor.partnershipId(), pair.first(), pair.second(), thresholds);
            double probability = scored.map(s -> s.explanation().probability()).orElse(pair.probability());
            String reasons = scored.map(s -> KeysAsRecords.reasons(s.explanation())).orElse(pair.reasons());
            PairStatus now = probability >= thresholds.link() ? PairStatus.LINKED
                    : probability >= thresholds.review() ? PairStatus.REVIEW : PairStatus.WITHDRAWN;
            if (now != pair.status() && links.rescored(pair.id(), now, probability, reasons, clock.instant())) {
                audit.record(AuditEvent.of(actor, action(now)).touching(RecordRef.person(pair.first()))
                        .touching(RecordRef.person(pair.second())));
                rescored = rescored.plus(now);
            }
        }
        return rescored;
    }

    private static AuditAction action(PairStatus status) {
        return switch (status) {
            case LINKED -> AuditAction.LINK_MADE;
            case REVIEW -> AuditAction.LINK_PROPOSED;
            default -> AuditAction.LINK_WITHDRAWN;
        };
    }
}

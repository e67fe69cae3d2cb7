package org.safeshare.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.matching.domain.Thresholds;
import org.safeshare.matching.persistence.LinkRepository;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership sets where a link is made and where a person must decide. The thresholds act on every organisation's
 * records, so only the partnership administrator sets them; an information governance lead of any of its organisations
 * reads them (ADR 0025). A change is audited, and the pairs the model decided are re-scored against it by a
 * batched job ({@link ThresholdRescoring}, ADR 0024): the save records that re-scoring is pending and how many pairs it has. A pair is linked at or above the link threshold, goes to review from the
 * review threshold up to it, and is left alone below.
 */
@Service
@Transactional
public class LinkThresholds {

    /** One thing wrong with what was entered, named by its field. */
    public record Problem(String field, String message) {}

    /** Saved, with what the re-scoring changed; or refused, field by field. */
    public sealed interface ThresholdChange {
        record Saved(Thresholds thresholds, ThresholdRescoring.Progress rescoring) implements ThresholdChange {}
        record Refused(List<Problem> problems) implements ThresholdChange {}
    }

    private final LinkRepository links;
    private final ThresholdRescoring rescoring;
    private final Audit audit;
    private final java.time.Clock clock;

    LinkThresholds(LinkRepository links, ThresholdRescoring rescoring, Audit audit, java.time.Clock clock) {
        this.links = links;
        this.rescoring = rescoring;
        this.audit = audit;
        this.clock = clock;
    }

    /** A partnership-wide power: the partnership administrator's alone. */
    public static boolean sets(Actor actor) {
        return actor.has(Role.PARTNERSHIP_ADMINISTRATOR);
    }

    public static boolean reads(Actor actor) {
        return sets(actor) || actor.has(Role.INFORMATION_GOVERNANCE_LEAD);
    }

    public ThresholdChange set(Actor actor, String link, String review) {
        if (!sets(actor)) {
            throw new NotFoundException("Thresholds");
        }
        List<Problem> problems = new ArrayList<>();
        Optional<Double> linkAt = parse(link, "link", problems);
        Optional<Double> reviewAt = parse(review, "review", problems);
        if (problems.isEmpty() && reviewAt.get() >= linkAt.get()) {
            problems.add(new Problem("review", "The review threshold must be lower than the link threshold"));
        }
        if (!problems.isEmpty()) {
            return new ThresholdChange.Refused(problems);
        }
        links.lockThresholds(actor.partnershipId());
        Thresholds thresholds = new Thresholds(linkAt.get(), reviewAt.get(), true);
        long version = links.setThresholds(actor.partnershipId(), thresholds, actor.id(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.LINK_THRESHOLDS_SET));
        return new ThresholdChange.Saved(thresholds, rescoring.request(actor.partnershipId(), version, actor.organisationId()));
    }

    /** The same, for numbers already read (null when not given). */
    public ThresholdChange set(Actor actor, Double link, Double review) {
        return set(actor, link == null ? null : BigDecimal.valueOf(link).toPlainString(),
                review == null ? null : BigDecimal.valueOf(review).toPlainString());
    }

    @Transactional(readOnly = true)
    public Thresholds current(Actor actor) {
        if (!reads(actor)) {
            throw new NotFoundException("Thresholds");
        }
        return links.thresholds(actor.partnershipId()).orElse(Thresholds.DEFAULT);
    }

    /** Whether the model's pairs are still being re-scored after a change, and how many are left. */
    @Transactional(readOnly = true)
    public ThresholdRescoring.Progress rescoring(Actor actor) {
        if (!reads(actor)) {
            throw new NotFoundException("Thresholds");
        }
        return rescoring.progress(actor.partnershipId());
    }

    /** A probability above 0 and at most 1, as a decimal: 0 would send every pair of records to review. */
    private static Optional<Double> parse(String text, String name, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(name, "Enter the " + name + " threshold"));
            return Optional.empty();
        }
        try {
            double value = new BigDecimal(text.strip()).doubleValue();
            if (value > 0 && value <= 1) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below, as any other number out of range
        }
        problems.add(new Problem(name, "Enter the " + name + " threshold as a number more than 0 and no more than 1, like 0.95"));
        return Optional.empty();
    }
}

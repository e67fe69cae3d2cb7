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
 * The partnership sets where a link is made and where a person must decide (its information governance lead or
 * administrator, as the partnership's information sharing agreement assigns); each change is audited. A pair is linked
 * at or above the link threshold, goes to review from the review threshold up to it, and is left alone below.
 */
@Service
@Transactional
public class LinkThresholds {

    /** One thing wrong with what was entered, named by its field. */
    public record Problem(String field, String message) {}

    private final LinkRepository links;
    private final Audit audit;
    private final java.time.Clock clock;

    LinkThresholds(LinkRepository links, Audit audit, java.time.Clock clock) {
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean sets(Actor actor) {
        return actor.has(Role.PARTNERSHIP_ADMINISTRATOR) || actor.has(Role.INFORMATION_GOVERNANCE_LEAD);
    }

    /** Empty when set; otherwise what is wrong, field by field. */
    public List<Problem> set(Actor actor, String link, String review) {
        requireSetter(actor);
        List<Problem> problems = new ArrayList<>();
        Optional<Double> linkAt = parse(link, "link", "link", problems);
        Optional<Double> reviewAt = parse(review, "review", "review", problems);
        if (problems.isEmpty() && reviewAt.get() >= linkAt.get()) {
            problems.add(new Problem("review", "The review threshold must be lower than the link threshold"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        links.setThresholds(actor.partnershipId(), new Thresholds(linkAt.get(), reviewAt.get(), true), actor.id(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.LINK_THRESHOLDS_SET));
        return List.of();
    }

    /** The same, for numbers already read. */
    public List<Problem> set(Actor actor, double link, double review) {
        return set(actor, Double.toString(link), Double.toString(review));
    }

    @Transactional(readOnly = true)
    public Thresholds current(Actor actor) {
        requireSetter(actor);
        return links.thresholds(actor.partnershipId()).orElse(Thresholds.DEFAULT);
    }

    /** A probability above 0 and at most 1, as a decimal: 0 would send every pair of records to review. */
    private static Optional<Double> parse(String text, String field, String name, List<Problem> problems) {
        String message = "Enter the " + name + " threshold as a number more than 0 and no more than 1, like 0.95";
        if (text == null || text.isBlank()) {
            problems.add(new Problem(field, "Enter the " + name + " threshold"));
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
        problems.add(new Problem(field, message));
        return Optional.empty();
    }

    private static void requireSetter(Actor actor) {
        if (!sets(actor)) {
            throw new NotFoundException("Thresholds");
        }
    }
}

package org.safeshare.matching;

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

/** The partnership administrator sets where a link is made and where a person must decide; each change is audited. */
@Service
@Transactional
public class LinkThresholds {

    private final LinkRepository links;
    private final Audit audit;
    private final java.time.Clock clock;

    LinkThresholds(LinkRepository links, Audit audit, java.time.Clock clock) {
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /** Empty when set; otherwise what is wrong. */
    public Optional<String> set(Actor actor, double link, double review) {
        if (!actor.has(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new NotFoundException("Thresholds");
        }
        if (!(review >= 0.5 && review <= link && link < 1)) {
            return Optional.of("The review threshold must be at least 0.5 and no more than the link threshold, which must be below 1");
        }
        links.setThresholds(actor.partnershipId(), new Thresholds(link, review, true), actor.id(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.LINK_THRESHOLDS_SET));
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public Thresholds current(Actor actor) {
        return links.thresholds(actor.partnershipId()).orElse(Thresholds.DEFAULT);
    }
}

package org.safeshare.referrals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.ViewAudit;
import org.safeshare.exchange.WorkingTime;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.referrals.domain.Rating;
import org.safeshare.referrals.domain.ReferralType;
import org.safeshare.referrals.persistence.ReferralLists;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MASH queue: open referrals received by the officer's organisation, least working time left first, each with its
 * rating and whether the child was referred in the last 12 months; and the referrals an organisation sent. Reading a
 * list is one audited view.
 */
@Service
@Transactional(readOnly = true)
public class MashQueue {

    public static final int PAGE = 50;

    private final ReferralLists lists;
    private final Organisations organisations;
    private final WorkingTime workingTime;
    private final ViewAudit views;
    private final Clock clock;

    MashQueue(ReferralLists lists, Organisations organisations, WorkingTime workingTime, ViewAudit views, Clock clock) {
        this.lists = lists;
        this.organisations = organisations;
        this.workingTime = workingTime;
        this.views = views;
        this.clock = clock;
    }

    /** One referral in a list. {@code workingTimeLeft} is zero once overdue. */
    public record Line(ReferralId id, ReferralType type, String subjectName, String referringOrganisation, Instant receivedAt,
            Instant decisionDueAt, Duration workingTimeLeft, boolean overdue, Optional<Rating> rating, boolean reReferral, boolean decided,
            boolean immediateDanger) {}

    /** A page of lines and how many there are in all. */
    public record Page(List<Line> lines, long total, int page) {}

    public Page queue(Actor actor, int page) {
        if (!actor.has(Role.MASH_OFFICER) && !actor.has(Role.API_CLIENT)) {
            throw new NotFoundException("MASH queue");
        }
        int p = Math.max(1, page);
        List<ReferralLists.Row> rows = lists.openQueue(actor.organisationId(), PAGE, (p - 1) * PAGE);
        views.viewed(AuditEvent.of(actor, AuditAction.MASH_QUEUE_VIEWED));
        return new Page(lines(actor, rows), lists.openCount(actor.organisationId()), p);
    }

    /** The referrals the reader's organisation sent: all for its DSLs and partner system, the practitioner's own otherwise. */
    public List<Line> sent(Actor actor) {
        boolean all = actor.has(Role.DESIGNATED_SAFEGUARDING_LEAD) || actor.has(Role.API_CLIENT);
        if (!actor.worksWithPeople()) {
            throw new NotFoundException("Referrals");
        }
        List<ReferralLists.Row> rows = lists.sentBy(actor.organisationId(), all ? Optional.empty() : Optional.of(actor.id()), PAGE);
        views.viewed(AuditEvent.of(actor, AuditAction.REFERRALS_LISTED));
        return lines(actor, rows).stream().map(l -> new Line(l.id(), l.type(), l.subjectName(), l.referringOrganisation(), l.receivedAt(),
                l.decisionDueAt(), l.workingTimeLeft(), l.overdue(), l.rating(), false, l.decided(), l.immediateDanger())).toList();
    }

    private List<Line> lines(Actor actor, List<ReferralLists.Row> rows) {
        Instant now = clock.instant();
        List<Duration> left = workingTime.left(actor.partnershipId(), now, rows.stream().map(ReferralLists.Row::decisionDueAt).toList());
        Map<OrganisationId, String> names = organisations.namesForDisplay(rows.stream().map(r -> new OrganisationId(r.referringOrganisationId()))
                .distinct().toList());
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> {
            ReferralLists.Row r = rows.get(i);
            return new Line(new ReferralId(r.id()), r.type(), r.subjectName(), names.get(new OrganisationId(r.referringOrganisationId())),
                    r.receivedAt(), r.decisionDueAt(), left.get(i), !r.decided() && now.isAfter(r.decisionDueAt()), r.rating(),
                    r.reReferral(), r.decided(), r.immediateDanger());
        }).toList();
    }
}

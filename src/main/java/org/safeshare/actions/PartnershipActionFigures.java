package org.safeshare.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.safeshare.actions.persistence.ActionCounts;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.platform.web.LondonDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's figures on actions, for its administrators and auditors (Working Together to Safeguard Children
 * 2023: safeguarding partners scrutinise how well agencies work together): counts only, no action, child or person.
 * Anyone else is answered "not found".
 */
@Service
@Transactional(readOnly = true)
public class PartnershipActionFigures {

    private final ActionCounts counts;
    private final Organisations organisations;
    private final Clock clock;

    PartnershipActionFigures(ActionCounts counts, Organisations organisations, Clock clock) {
        this.counts = counts;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** A labelled count. */
    public record Count(String label, long count) {}

    /** Open actions past their due date, by the owner's organisation, most first. */
    public List<Count> overdueByOrganisation(Actor actor) {
        require(actor);
        Map<java.util.UUID, Long> found = counts.overdueByOrganisation(actor.partnershipId(), today());
        Map<OrganisationId, String> names = organisations.names(found.keySet().stream().map(OrganisationId::new).toList());
        return found.entrySet().stream().map(e -> new Count(names.getOrDefault(new OrganisationId(e.getKey()), "Unknown"), e.getValue())).toList();
    }

    /** Open actions by the week they are due (weeks start on Monday), earliest first; past weeks are overdue. */
    public List<Count> openByDueWeek(Actor actor) {
        require(actor);
        LocalDate today = today();
        return counts.openByDueWeek(actor.partnershipId()).entrySet().stream()
                .map(e -> new Count("Week of " + LondonDates.date(e.getKey()) + (e.getKey().plusDays(7).isAfter(today) ? "" : " (overdue)"),
                        e.getValue())).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LondonDates.LONDON));
    }

    private static void require(Actor actor) {
        if (!actor.has(Role.PARTNERSHIP_ADMINISTRATOR) && !actor.has(Role.PARTNERSHIP_AUDITOR)) {
            throw new NotFoundException("Page");
        }
    }
}

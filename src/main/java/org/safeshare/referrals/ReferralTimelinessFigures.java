package org.safeshare.referrals;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.platform.web.LondonDates;
import org.safeshare.referrals.persistence.ReferralTimeliness;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How promptly referrals are decided (Working Together to Safeguard Children 2023: a decision within one working day of
 * receipt), for a MASH officer (their MASH's referrals) and the partnership's administrators and auditors (all of the
 * partnership's): counts only, no child or practitioner. Anyone else is answered "not found".
 */
@Service
@Transactional(readOnly = true)
public class ReferralTimelinessFigures {

    /** How many weeks back the weekly figures go, this week included. */
    public static final int WEEKS = 8;

    private final ReferralTimeliness timeliness;
    private final Clock clock;

    ReferralTimelinessFigures(ReferralTimeliness timeliness, Clock clock) {
        this.timeliness = timeliness;
        this.clock = clock;
    }

    /** A labelled figure. */
    public record Figure(String label, long value) {}

    /** Whose referrals the reader sees: the whole partnership, or one MASH. */
    private Optional<UUID> scope(Actor actor) {
        if (actor.has(Role.PARTNERSHIP_ADMINISTRATOR) || actor.has(Role.PARTNERSHIP_AUDITOR)) {
            return Optional.empty();
        }
        if (actor.has(Role.MASH_OFFICER)) {
            return Optional.of(actor.organisationId());
        }
        throw new NotFoundException("Referral figures");
    }

    public boolean partnershipWide(Actor actor) {
        return scope(actor).isEmpty();
    }

    /** Referrals awaiting a decision, by time left until their one-working-day deadline. */
    public List<Figure> awaitingByTimeLeft(Actor actor) {
        Map<Integer, Long> bands = timeliness.awaitingByTimeLeft(actor.partnershipId(), scope(actor), clock.instant());
        List<String> labels = List.of("Past the deadline", "Under 2 hours left", "2 to 4 hours left", "4 to 8 hours left", "More than 8 hours left");
        List<Figure> figures = new ArrayList<>();
        for (int band = 0; band < labels.size(); band++) {
            figures.add(new Figure(labels.get(band), bands.getOrDefault(band, 0L)));
        }
        return figures;
    }

    /** The share (per cent, rounded down) of each week's referrals decided within one working day, by week of receipt. */
    public List<Figure> decidedInTimeByWeek(Actor actor) {
        return weekly(actor, w -> w.received() == 0 ? 0 : w.decidedInTime() * 100 / w.received());
    }

    /** Re-referrals (the same child referred within 12 months) by week of receipt. */
    public List<Figure> reReferralsByWeek(Actor actor) {
        return weekly(actor, ReferralTimeliness.Week::reReferrals);
    }

    private List<Figure> weekly(Actor actor, java.util.function.ToLongFunction<ReferralTimeliness.Week> figure) {
        LocalDate first = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        Map<LocalDate, ReferralTimeliness.Week> weeks = timeliness.byWeekReceived(actor.partnershipId(), scope(actor), first);
        List<Figure> figures = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(today()); week = week.plusWeeks(1)) {
            ReferralTimeliness.Week found = weeks.getOrDefault(week, new ReferralTimeliness.Week(0, 0, 0));
            figures.add(new Figure("Week of " + LondonDates.date(week), figure.applyAsLong(found)));
        }
        return figures;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LondonDates.LONDON));
    }
}

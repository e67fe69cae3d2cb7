package org.safeshare.exchange.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.safeshare.platform.calendar.WorkingCalendar;

/**
 * How long an urgency allows: a number of working hours, of working days, or of hours on the clock (a 72-hour
 * deadline runs through the weekend, as the MASH's does).
 */
public record DeadlineRule(int amount, Unit unit) {

    /** The longest deadline a partnership may set: past a month a request is no longer a safeguarding enquiry. */
    public static final Duration LONGEST = Duration.ofDays(31);

    public enum Unit {
        WORKING_HOURS("working hours"), WORKING_DAYS("working days"), HOURS("hours");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DeadlineRule {
        Objects.requireNonNull(unit);
        if (amount < 1) {
            throw new IllegalArgumentException("A deadline allows some time");
        }
    }

    /** When a request sent at {@code sent} is due under this rule. */
    public Instant dueAfter(Instant sent, WorkingCalendar calendar) {
        return switch (unit) {
            case WORKING_HOURS -> calendar.afterWorkingHours(sent, amount);
            case WORKING_DAYS -> calendar.afterWorkingDays(sent, amount);
            case HOURS -> sent.plus(Duration.ofHours(amount));
        };
    }

    /** Whether the rule stays within {@link #LONGEST}, counted generously (a working day as a calendar day and a half). */
    public boolean withinLongest() {
        return switch (unit) {
            case WORKING_HOURS -> amount <= 8 * 22;
            case WORKING_DAYS -> amount <= 22;
            case HOURS -> amount <= LONGEST.toHours();
        };
    }

    /** For example "4 working hours". */
    public String describe() {
        return amount + " " + (amount == 1 ? unit.label().replaceAll("s$", "") : unit.label());
    }
}

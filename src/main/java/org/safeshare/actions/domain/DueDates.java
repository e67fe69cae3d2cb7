package org.safeshare.actions.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.safeshare.platform.calendar.WorkingCalendar;

/**
 * When an owner is reminded and when an action escalates, in the working days of the action's partnership (its
 * working week, less the bank holidays of England and Wales and its own closures: docs/adr/0021). An action is due by
 * the end of its due date; its owner is reminded on the last working day before it (so an action due on the Tuesday
 * after a bank holiday Monday is reminded on the Friday); it is overdue from the day after, and escalates to the
 * owner's organisation's DSL on the first working day after its due date (Working Together to Safeguard Children 2023:
 * "be proactive and follow up"). Nothing is sent on a day off: no one is at work to act on it.
 */
public final class DueDates {

    private DueDates() {}

    /** The latest due date whose owner is reminded today: the next working day after today; none on a day off. */
    public static Optional<LocalDate> remindIfDueBy(LocalDate today, WorkingCalendar calendar) {
        return calendar.isWorkingDay(today) ? Optional.of(calendar.nextWorkingDayAfter(today)) : Optional.empty();
    }

    /** Whether actions due before today escalate today: on working days only. */
    public static boolean escalatesOn(LocalDate today, WorkingCalendar calendar) {
        return calendar.isWorkingDay(today);
    }

    public static boolean overdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }
}

package org.safeshare.actions.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When an owner is reminded and when an action escalates. An action is due by the end of its due date; its owner is
 * reminded from the last weekday before it (so a Monday action is reminded on the Friday); it is overdue from the day
 * after, and then escalates to the owner's organisation's DSL (Working Together to Safeguard Children 2023: "be
 * proactive and follow up"). Weekends are skipped; bank holidays are not known here (docs/adr/0020).
 */
public final class DueDates {

    private DueDates() {}

    /** The latest due date whose owner is reminded today: the next weekday after today. */
    public static LocalDate remindIfDueBy(LocalDate today) {
        LocalDate next = today.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    public static boolean overdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }
}

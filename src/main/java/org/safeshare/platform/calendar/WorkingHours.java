package org.safeshare.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The hours a partnership counts as working time: which days, from when to when, in which zone. Hours are local
 * clock times, so a working day is 09:00 to 17:00 on the wall clock in winter (GMT) and in summer (BST) alike.
 */
public record WorkingHours(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** Monday to Friday, 09:00 to 17:00, Europe/London: the default until a partnership sets its own. */
    public static final WorkingHours OFFICE = new WorkingHours(ENGLAND,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    public WorkingHours {
        Objects.requireNonNull(zone);
        Objects.requireNonNull(opens);
        Objects.requireNonNull(closes);
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("At least one working day a week");
        }
        // A working day ends on the day it starts: overnight shifts are not office hours for a request's deadline.
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Working hours close after they open");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }
}

package org.safeshare.platform.calendar;

import java.util.UUID;

/**
 * A partnership's working calendar (its working hours, less the bank holidays of England and Wales and its own
 * closures) for every module that counts working days: the exchange keeps the partnership's hours and closures and
 * provides this; actions count reminders and escalation with it without depending on the exchange (docs/adr/0021).
 */
public interface PartnershipCalendars {

    /** The calendar as stored now: for a deadline written into a record. */
    WorkingCalendar calendar(UUID partnership);

    /**
     * The calendar at most a minute old (at once on the instance that changed it): for what is only shown, such as a
     * queue's working time left, where reading it on every request would cost more than it is worth.
     */
    WorkingCalendar recentCalendar(UUID partnership);
}

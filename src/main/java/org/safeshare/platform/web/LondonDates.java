package org.safeshare.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Dates and times as GOV.UK writes them ("27 March 2015", "22 November 2026 at 7:45pm"), times stored in UTC shown in
 * Europe/London whatever the server's zone. Templates reach it as {@code @dates}.
 */
@Component("dates")
public class LondonDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    /** The audit trail's form: an auditor orders and matches events to the second. */
    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm:ss", Locale.UK);

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** For example "Monday 28 December 2026", where the day of the week matters (a closed day, a deadline). */
    public static String dayAndDate(LocalDate date) {
        return date == null ? "" : DAY_AND_DATE.format(date);
    }

    public static String date(Optional<LocalDate> date) {
        return date.map(LondonDates::date).orElse("");
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LONDON));
    }

    /** For example "22 November 2026, 19:45:03", for the audit trail. */
    public static String toTheSecond(Instant instant) {
        return instant == null ? "" : TO_THE_SECOND.format(instant.atZone(LONDON));
    }

    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(LONDON);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }
}

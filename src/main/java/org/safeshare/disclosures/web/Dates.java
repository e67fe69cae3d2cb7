package org.safeshare.disclosures.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates and times as the disclosure pages show them, in England's time (also {@code @disclosureDates} in templates). */
@Component("disclosureDates")
public class Dates {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    public static String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(ENGLAND)).replace("AM", "am").replace("PM", "pm");
    }

    public String at(Instant at) {
        return dateTime(at);
    }

    public String on(LocalDate date) {
        return DATE.format(date);
    }
}

package org.safeshare.people.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Dates as GOV.UK style writes them ("27 March 2015"), times in Europe/London whatever the server's zone. */
@Component("peopleDates")
public class PeopleDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Optional<LocalDate> date) {
        return date.map(this::date).orElse("");
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LONDON));
    }
}

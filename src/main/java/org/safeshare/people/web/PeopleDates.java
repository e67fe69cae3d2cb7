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

    private final java.time.Clock clock;

    PeopleDates(java.time.Clock clock) {
        this.clock = clock;
    }

    /**
     * How old someone is today, as practitioners say it: in months under two (as health visitors and nurseries do), in
     * years from two. Empty when the date of birth is not known.
     */
    public String age(Optional<LocalDate> dateOfBirth) {
        return dateOfBirth.map(born -> {
            java.time.Period age = java.time.Period.between(born, LocalDate.now(clock.withZone(LONDON)));
            if (age.isNegative()) {
                return "";
            }
            long months = age.toTotalMonths();
            if (months < 1) {
                return "under 1 month old";
            }
            return months < 24 ? months + (months == 1 ? " month old" : " months old") : age.getYears() + " years old";
        }).orElse("");
    }

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

package org.safeshare.people.web;

import java.time.LocalDate;
import java.util.Optional;
import org.safeshare.platform.web.LondonDates;
import org.springframework.stereotype.Component;

/** Ages as practitioners say them, from today in Europe/London; dates themselves are written by {@link LondonDates}. */
@Component("peopleDates")
public class PeopleDates {


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
            java.time.Period age = java.time.Period.between(born, LocalDate.now(clock.withZone(LondonDates.LONDON)));
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

}

package org.safeshare.disclosures.web;

import java.time.Instant;
import java.time.LocalDate;
import org.safeshare.platform.web.LondonDates;
import org.springframework.stereotype.Component;

/** Dates and times as the disclosure pages show them ({@code @disclosureDates} in templates): {@link LondonDates}'s. */
@Component("disclosureDates")
public class Dates {

    public static String dateTime(Instant at) {
        return LondonDates.dateTime(at);
    }

    public String at(Instant at) {
        return dateTime(at);
    }

    public String on(LocalDate date) {
        return LondonDates.date(date);
    }
}

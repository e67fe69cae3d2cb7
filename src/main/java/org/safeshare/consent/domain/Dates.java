package org.safeshare.consent.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates written as GOV.UK writes them: 1 March 2026. */
public final class Dates {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {}

    public static String words(LocalDate date) {
        return date == null ? "" : WORDS.format(date);
    }
}

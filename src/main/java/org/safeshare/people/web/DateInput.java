package org.safeshare.people.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.safeshare.people.domain.Parsed;

/** Reads a GOV.UK date input (day, month, year boxes) with the pattern's error messages. */
final class DateInput {

    private DateInput() {}

    /** Nothing entered is not a problem here: whether the date is needed is the domain's rule. */
    static Parsed<LocalDate> read(String label, String day, String month, String year) {
        boolean noDay = day.isBlank();
        boolean noMonth = month.isBlank();
        boolean noYear = year.isBlank();
        if (noDay && noMonth && noYear) {
            return new Parsed.Valid<>(null);
        }
        if (noDay || noMonth || noYear) {
            String missing = noDay ? "a day" : noMonth ? "a month" : "a year";
            return new Parsed.Invalid<>(label + " must include " + missing);
        }
        if (!year.trim().matches("\\d{4}")) {
            return new Parsed.Invalid<>("Year must include 4 numbers");
        }
        try {
            return new Parsed.Valid<>(LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()),
                    Integer.parseInt(day.trim())));
        } catch (NumberFormatException | DateTimeException e) {
            return new Parsed.Invalid<>(label + " must be a real date");
        }
    }
}

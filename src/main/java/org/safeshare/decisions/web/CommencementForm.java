package org.safeshare.decisions.web;

import java.time.LocalDate;
import java.util.List;
import org.safeshare.platform.web.DateInput;

/** A provision's commencement date as posted (GOV.UK date boxes) and the regulations that made it; bound through its constructor only. */
record CommencementForm(String day, String month, String year, String madeBy) {

    /** The fields top to bottom, for the error summary (the date's error links to its first box). */
    static final List<String> ORDER = List.of("day", "madeBy");

    /** The form for a provision's current date, if it has one. */
    static CommencementForm of(LocalDate current) {
        return current == null ? new CommencementForm(null, null, null, null)
                : new CommencementForm(String.valueOf(current.getDayOfMonth()), String.valueOf(current.getMonthValue()),
                        String.valueOf(current.getYear()), null);
    }

    DateInput date() {
        return new DateInput(day, month, year);
    }
}

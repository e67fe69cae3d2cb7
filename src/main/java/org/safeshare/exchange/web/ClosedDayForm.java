package org.safeshare.exchange.web;

import java.util.List;
import org.safeshare.platform.web.DateInput;

/** A closed day as posted (GOV.UK date boxes) and why the offices are closed; bound through its constructor only. */
record ClosedDayForm(String closedOnDay, String closedOnMonth, String closedOnYear, String reason) {

    /** The fields top to bottom, for the error summary (the date's error links to its first box). */
    static final List<String> ORDER = List.of("closedOnDay", "reason");

    static ClosedDayForm empty() {
        return new ClosedDayForm(null, null, null, null);
    }

    DateInput date() {
        return new DateInput(closedOnDay, closedOnMonth, closedOnYear);
    }

    /**
     * One of the date's boxes as typed, by its name's last part ("Day", "Month", "Year"), for the page; public, as a
     * template finds only public methods.
     */
    public String box(String part) {
        return switch (part) {
            case "Day" -> closedOnDay;
            case "Month" -> closedOnMonth;
            case "Year" -> closedOnYear;
            default -> null;
        };
    }
}

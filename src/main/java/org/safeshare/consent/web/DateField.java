package org.safeshare.consent.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** Reads a GOV.UK date input (fieldDay, fieldMonth, fieldYear) with the pattern's error messages. */
final class DateField {

    private DateField() {}

    /** Nothing entered is empty, not a problem: whether the date is needed is the domain's rule. */
    static LocalDate read(MultiValueMap<String, String> form, String field, String label, Map<String, String> problems) {
        String day = value(form, field + "Day");
        String month = value(form, field + "Month");
        String year = value(form, field + "Year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            problems.put(field, label + " must include " + (day.isEmpty() ? "a day" : month.isEmpty() ? "a month" : "a year"));
            return null;
        }
        if (!year.matches("\\d{4}")) {
            problems.put(field, "Year must include 4 numbers");
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            problems.put(field, label + " must be a real date");
            return null;
        }
    }

    static String value(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.trim();
    }
}

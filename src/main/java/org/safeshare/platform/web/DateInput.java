package org.safeshare.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * What was typed into a GOV.UK date input (day, month and year boxes), read with the pattern's error messages
 * ("Date of birth must include a month", "Year must include 4 numbers", "Date of birth must be a real date"). Nothing
 * entered is not a problem here: whether a date is needed is the domain's rule. A problem with a date is one problem
 * of the form among others, so callers add it to the form's problems and go on checking the rest.
 */
public record DateInput(String day, String month, String year) {

    public DateInput {
        day = day == null ? "" : day.trim();
        month = month == null ? "" : month.trim();
        year = year == null ? "" : year.trim();
    }

    /** The boxes named {@code fieldDay}, {@code fieldMonth} and {@code fieldYear} of a posted form. */
    public static DateInput of(MultiValueMap<String, String> form, String field) {
        return new DateInput(form.getFirst(field + "Day"), form.getFirst(field + "Month"), form.getFirst(field + "Year"));
    }

    public boolean blank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** What is wrong with what was entered, in the GOV.UK pattern's words, the date named by its label. */
    public Optional<String> problem(String label) {
        if (blank()) {
            return Optional.empty();
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            return Optional.of(label + " must include " + (day.isEmpty() ? "a day" : month.isEmpty() ? "a month" : "a year"));
        }
        if (!year.matches("\\d{4}")) {
            return Optional.of("Year must include 4 numbers");
        }
        return date().isPresent() ? Optional.empty() : Optional.of(label + " must be a real date");
    }

    /** The date entered, if all three boxes make a real one. */
    public Optional<LocalDate> date() {
        if (!year.matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date, or null when nothing (or nothing readable) was entered; a problem is added under the field's name. */
    public LocalDate read(String field, String label, Map<String, String> problems) {
        problem(label).ifPresent(p -> problems.putIfAbsent(field, p));
        return date().orElse(null);
    }
}

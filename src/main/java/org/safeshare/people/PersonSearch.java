package org.safeshare.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeshare.people.domain.NhsNumber;

/**
 * What to look for: any of a name, an NHS number and a date of birth, all of which must match.
 * {@link #of(String)} reads the single search box practitioners type into.
 */
public record PersonSearch(Optional<String> name, Optional<NhsNumber> nhsNumber, Optional<LocalDate> dateOfBirth) {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d M uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK), DateTimeFormatter.ofPattern("d-M-uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK), DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
            DateTimeFormatter.ISO_LOCAL_DATE);

    public PersonSearch {
        name = name.map(String::trim).filter(n -> !n.isEmpty());
    }

    /** A 10-digit number is an NHS number, a date is a date of birth, anything else a name. */
    public static PersonSearch of(String query) {
        String q = query == null ? "" : query.trim().replaceAll("\\s+", " ");
        Optional<NhsNumber> nhs = NhsNumber.parse(q).accepted();
        if (nhs.isPresent()) {
            return new PersonSearch(Optional.empty(), nhs, Optional.empty());
        }
        Optional<LocalDate> date = date(q);
        if (date.isPresent()) {
            return new PersonSearch(Optional.empty(), Optional.empty(), date);
        }
        return new PersonSearch(Optional.of(q), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return name.isEmpty() && nhsNumber.isEmpty() && dateOfBirth.isEmpty();
    }

    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // Not in this format; try the next.
            }
        }
        return Optional.empty();
    }
}

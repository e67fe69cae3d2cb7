package org.safeshare.people.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.Sex;
import org.safeshare.platform.InvalidRequestException.FieldProblem;

/** The body of a registration. Dates are ISO 8601 (YYYY-MM-DD); kind and sex are enum names. */
record NewPersonJson(String kind, String givenName, String familyName, String dateOfBirth, String expectedDateOfDelivery,
        String sex, String nhsNumber, String uniquePupilNumber, NewAddressJson address) {

    record NewAddressJson(String line1, String line2, String town, String postcode) {}

    /** What cannot even be read; the domain's rules run on the rest. */
    List<FieldProblem> unreadable() {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind != null && choice(PersonKind.class, kind) == null) {
            problems.add(new FieldProblem("kind", "kind must be one of " + Arrays.toString(PersonKind.values())));
        }
        if (sex != null && choice(Sex.class, sex) == null) {
            problems.add(new FieldProblem("sex", "sex must be one of " + Arrays.toString(Sex.values())));
        }
        if (dateOfBirth != null && date(dateOfBirth) == null) {
            problems.add(new FieldProblem("dateOfBirth", "dateOfBirth must be a real date in the form YYYY-MM-DD"));
        }
        if (expectedDateOfDelivery != null && date(expectedDateOfDelivery) == null) {
            problems.add(new FieldProblem("expectedDateOfDelivery", "expectedDateOfDelivery must be a real date in the form YYYY-MM-DD"));
        }
        return problems;
    }

    PersonDraft draft() {
        NewAddressJson a = address == null ? new NewAddressJson(null, null, null, null) : address;
        return new PersonDraft(choice(PersonKind.class, kind), givenName, familyName, date(dateOfBirth), date(expectedDateOfDelivery),
                choice(Sex.class, sex), nhsNumber, uniquePupilNumber, List.of(), a.line1(), a.line2(), a.town(), a.postcode());
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

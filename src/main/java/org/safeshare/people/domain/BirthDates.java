package org.safeshare.people.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a date of birth or expected date of delivery is believable for the kind of person. A child
 * is anyone under 18 (Children Act 1989 s105). The caller passes today's date in Europe/London.
 */
public final class BirthDates {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private BirthDates() {}

    public static Map<String, String> problemsWith(PersonKind kind, LocalDate dateOfBirth, LocalDate expectedDelivery,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == PersonKind.UNBORN) {
            if (dateOfBirth != null) {
                problems.put("dateOfBirth", "An unborn baby does not have a date of birth. Choose child if the baby has been born");
            }
            expectedDeliveryProblem(expectedDelivery, today).ifPresent(p -> problems.put("expectedDateOfDelivery", p));
        } else if (kind != null) {
            dateOfBirthProblem(kind, dateOfBirth, today).ifPresent(p -> problems.put("dateOfBirth", p));
        }
        return problems;
    }

    public static boolean isChildOn(LocalDate dateOfBirth, LocalDate today) {
        return Period.between(dateOfBirth, today).getYears() < 18;
    }

    private static Optional<String> dateOfBirthProblem(PersonKind kind, LocalDate birth, LocalDate today) {
        if (birth == null) {
            return Optional.of("Enter date of birth");
        }
        if (birth.isAfter(today)) {
            return Optional.of("Date of birth must be today or in the past");
        }
        if (birth.isBefore(EARLIEST_BIRTH)) {
            return Optional.of("Date of birth must be on or after 1 January 1900");
        }
        if (kind == PersonKind.CHILD && !isChildOn(birth, today)) {
            return Optional.of("A child must be under 18. Choose adult if they are 18 or over");
        }
        if (kind == PersonKind.ADULT && isChildOn(birth, today)) {
            return Optional.of("An adult must be 18 or over. Choose child if they are under 18");
        }
        return Optional.empty();
    }

    private static Optional<String> expectedDeliveryProblem(LocalDate expected, LocalDate today) {
        if (expected == null) {
            return Optional.of("Enter expected date of delivery");
        }
        if (expected.isAfter(today.plusMonths(10))) {
            return Optional.of("Expected date of delivery must be within the next 10 months");
        }
        if (expected.isBefore(today.minusMonths(1))) {
            return Optional.of("Expected date of delivery must be no more than 1 month ago. Choose child if the baby has been born");
        }
        return Optional.empty();
    }
}

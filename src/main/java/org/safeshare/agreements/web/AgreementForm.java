package org.safeshare.agreements.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeshare.agreements.AgreedPurpose;
import org.safeshare.agreements.AgreementChange;
import org.safeshare.agreements.LawfulBasisCited;
import org.safeshare.agreements.NewAgreement;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.web.DateInput;

/**
 * The create page's answers as typed, carried from the questions to the check-answers page and back in hidden fields;
 * bound through its constructor only (its components are the allow-list), and values that are not ours are dropped, not
 * trusted. The three dates are GOV.UK date inputs, read by {@link DateInput}.
 */
record AgreementForm(String title, List<String> parties, List<String> purposes, String informationCategories, List<String> lawfulBases,
        String startsOnDay, String startsOnMonth, String startsOnYear, String reviewOnDay, String reviewOnMonth, String reviewOnYear,
        String endsOnDay, String endsOnMonth, String endsOnYear, String dpiaReference, String signatories) {

    static final List<String> DATE_FIELDS = List.of("startsOn", "reviewOn", "endsOn");
    static final List<String> FIELD_ORDER = List.of("title", "parties", "purposes", "informationCategories", "lawfulBases", "startsOnDay",
            "reviewOnDay", "endsOnDay", "dpiaReference", "signatories");
    private static final Map<String, String> LABELS = Map.of("startsOn", "The start date", "reviewOn", "The review date", "endsOn",
            "The end date");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    AgreementForm {
        title = text(title);
        parties = parties == null ? List.of() : List.copyOf(parties);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        informationCategories = text(informationCategories);
        lawfulBases = lawfulBases == null ? List.of() : List.copyOf(lawfulBases);
        dpiaReference = text(dpiaReference);
        signatories = text(signatories);
    }

    static AgreementForm empty() {
        return new AgreementForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A date box as typed, by its name ("startsOnDay"), for the page and the hidden fields of check your answers. */
    public String date(String name) {
        String value = switch (name) {
            case "startsOnDay" -> startsOnDay;
            case "startsOnMonth" -> startsOnMonth;
            case "startsOnYear" -> startsOnYear;
            case "reviewOnDay" -> reviewOnDay;
            case "reviewOnMonth" -> reviewOnMonth;
            case "reviewOnYear" -> reviewOnYear;
            case "endsOnDay" -> endsOnDay;
            case "endsOnMonth" -> endsOnMonth;
            case "endsOnYear" -> endsOnYear;
            default -> null;
        };
        return value == null ? "" : value.strip();
    }

    /**
     * Problems of the date inputs themselves (a day that does not exist, a year of two figures), in the GOV.UK pattern's
     * words; the agreement's rules are checked as well, so these hide none of the form's other problems.
     */
    List<AgreementChange.Problem> dateProblems() {
        List<AgreementChange.Problem> problems = new ArrayList<>();
        for (String field : DATE_FIELDS) {
            DateInput input = input(field);
            input.problem(LABELS.get(field)).or(() -> input.date().filter(d -> d.isBefore(EARLIEST) || d.isAfter(LATEST))
                    .map(d -> LABELS.get(field) + " must be between 1 1 2000 and 31 12 2100"))
                    .ifPresent(p -> problems.add(new AgreementChange.Problem(field, p)));
        }
        return problems;
    }

    NewAgreement request() {
        return new NewAgreement(title, parties.stream().map(AgreementForm::organisation).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()), enums(purposes, AgreedPurpose.class), lines(informationCategories),
                enums(lawfulBases, LawfulBasisCited.class), parse("startsOn"), parse("reviewOn"), parse("endsOn"), dpiaReference,
                lines(signatories));
    }

    private DateInput input(String field) {
        return new DateInput(date(field + "Day"), date(field + "Month"), date(field + "Year"));
    }

    /** The date, or null when nothing readable (and within range) was entered; {@link #dateProblems()} says why. */
    private LocalDate parse(String field) {
        return input(field).date().filter(d -> !d.isBefore(EARLIEST) && !d.isAfter(LATEST)).orElse(null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        for (String name : names) {
            try {
                values.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException ignored) {
                // Not one of ours: dropped, and the rules then say what is missing.
            }
        }
        return values;
    }

    private static OrganisationId organisation(String id) {
        try {
            return OrganisationId.of(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

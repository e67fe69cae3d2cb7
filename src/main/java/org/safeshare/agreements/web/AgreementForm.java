package org.safeshare.agreements.web;

import java.time.DateTimeException;
import java.time.LocalDate;
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
import org.springframework.util.MultiValueMap;

/**
 * The create page's answers as typed, carried from the questions to the check-answers page and back in hidden fields;
 * only the names below are read (an allow-list), and values that are not ours are dropped, not trusted.
 */
record AgreementForm(String title, List<String> parties, List<String> purposes, String informationCategories, List<String> lawfulBases,
        Map<String, String> dates, String dpiaReference, String signatories) {

    static final List<String> DATE_FIELDS = List.of("startsOn", "reviewOn", "endsOn");
    static final List<String> FIELD_ORDER = List.of("title", "parties", "purposes", "informationCategories", "lawfulBases", "startsOnDay",
            "reviewOnDay", "endsOnDay", "dpiaReference", "signatories");

    static AgreementForm empty() {
        return new AgreementForm("", List.of(), List.of(), "", List.of(), Map.of(), "", "");
    }

    static AgreementForm from(MultiValueMap<String, String> form) {
        Map<String, String> dates = new java.util.HashMap<>();
        for (String field : DATE_FIELDS) {
            for (String part : List.of("Day", "Month", "Year")) {
                dates.put(field + part, form.getOrDefault(field + part, List.of("")).getFirst().strip());
            }
        }
        return new AgreementForm(first(form, "title"), form.getOrDefault("parties", List.of()), form.getOrDefault("purposes", List.of()),
                first(form, "informationCategories"), form.getOrDefault("lawfulBases", List.of()), dates, first(form, "dpiaReference"),
                first(form, "signatories"));
    }

    public String date(String name) {
        return dates.getOrDefault(name, "");
    }

    /** Problems of the date inputs themselves (a day that does not exist), before the agreement's rules. */
    List<AgreementChange.Problem> dateProblems() {
        return DATE_FIELDS.stream().filter(f -> !blank(f) && parse(f) == null)
                .map(f -> new AgreementChange.Problem(f, "The date must be a real date, for example 1 4 2026")).toList();
    }

    NewAgreement request() {
        return new NewAgreement(title, parties.stream().map(AgreementForm::organisation).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()), enums(purposes, AgreedPurpose.class), lines(informationCategories),
                enums(lawfulBases, LawfulBasisCited.class), parse("startsOn"), parse("reviewOn"), parse("endsOn"), dpiaReference,
                lines(signatories));
    }

    private boolean blank(String field) {
        return date(field + "Day").isEmpty() && date(field + "Month").isEmpty() && date(field + "Year").isEmpty();
    }

    private LocalDate parse(String field) {
        try {
            int year = Integer.parseInt(date(field + "Year"));
            if (year < 2000 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(date(field + "Month")), Integer.parseInt(date(field + "Day")));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
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

    private static String first(MultiValueMap<String, String> form, String name) {
        return form.getOrDefault(name, List.of("")).getFirst();
    }
}

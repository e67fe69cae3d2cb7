package org.safeshare.agreements.domain;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.agreements.AgreementChange.Problem;
import org.safeshare.agreements.NewAgreement;

/**
 * What an agreement must say (ICO data sharing code of practice, "data sharing agreements"): who the parties are,
 * why they share, what information, on which lawful basis, from and until when, when it is reviewed, the data
 * protection impact assessment it follows, and who signed it.
 */
public final class AgreementRules {

    private static final int LONGEST_TEXT = 200;

    private AgreementRules() {}

    public static List<Problem> problemsWith(NewAgreement a) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "title", a.title(), "Enter the agreement's title");
        if (a.parties() == null || a.parties().size() < 2) {
            problems.add(new Problem("parties", "Choose at least two organisations that are party to the agreement"));
        }
        if (a.purposes() == null || a.purposes().isEmpty()) {
            problems.add(new Problem("purposes", "Choose at least one purpose of the sharing"));
        }
        lines(problems, "informationCategories", a.informationCategories(), "Enter at least one category of information shared");
        if (a.lawfulBases() == null || a.lawfulBases().isEmpty()) {
            problems.add(new Problem("lawfulBases", "Choose at least one lawful basis"));
        }
        if (a.startsOn() == null) {
            problems.add(new Problem("startsOn", "Enter the date the agreement starts"));
        }
        if (a.reviewOn() == null) {
            problems.add(new Problem("reviewOn", "Enter the date the agreement is to be reviewed"));
        } else if (a.startsOn() != null && !a.reviewOn().isAfter(a.startsOn())) {
            problems.add(new Problem("reviewOn", "The review date must be after the start date"));
        }
        if (a.endsOn() != null && a.startsOn() != null && !a.endsOn().isAfter(a.startsOn())) {
            problems.add(new Problem("endsOn", "The end date must be after the start date"));
        }
        text(problems, "dpiaReference", a.dpiaReference(), "Enter the reference of the data protection impact assessment");
        lines(problems, "signatories", a.signatories(), "Enter at least one signatory");
        return problems;
    }

    private static void text(List<Problem> problems, String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, missing));
        } else if (value.strip().length() > LONGEST_TEXT) {
            problems.add(new Problem(field, "Must be " + LONGEST_TEXT + " characters or fewer"));
        }
    }

    private static void lines(List<Problem> problems, String field, List<String> values, String missing) {
        if (values == null || values.stream().allMatch(v -> v == null || v.isBlank())) {
            problems.add(new Problem(field, missing));
        } else if (values.size() > 50 || values.stream().anyMatch(v -> v != null && v.strip().length() > LONGEST_TEXT)) {
            problems.add(new Problem(field, "At most 50 lines of " + LONGEST_TEXT + " characters each"));
        }
    }
}

package org.safeshare.consent.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeshare.consent.domain.CapacityAssessment;
import org.safeshare.consent.domain.CapacityRoute;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.platform.web.DateInput;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.BindParam;

/**
 * A Gillick or Mental Capacity Act assessment as posted, bound through its constructor only (the allow-list). The page
 * shows the Gillick and MCA criteria as two groups of checkboxes; only those of the chosen route count.
 */
record AssessmentForm(String route, String purpose, String decision, String assessedOnDay, String assessedOnMonth, String assessedOnYear,
        List<String> criteria, @BindParam("criteria-mca") List<String> criteriaMca, String bestInterests) {

    /** The form's fields top to bottom, for the error summary. */
    static final List<String> ORDER = List.of("route", "purpose", "decision", "assessedOn", "criteria", "bestInterests");

    AssessmentForm {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        criteriaMca = criteriaMca == null ? List.of() : List.copyOf(criteriaMca);
    }

    /** An empty form, its route the one the person's age suggests (if known). */
    static AssessmentForm startingWith(String route) {
        return new AssessmentForm(route, null, null, null, null, null, null, null, null);
    }

    /** The assessment proposed, an unreadable date added to {@code problems} (the rules then refuse it as no date). */
    CapacityAssessment proposed(Map<String, String> problems) {
        List<String> ticked = new ArrayList<>(criteria);
        ticked.addAll(criteriaMca);
        return new CapacityAssessment(null, ConsentForm.enumOf(CapacityRoute.class, route), ConsentForm.enumOf(PurposeCategory.class, purpose),
                ConsentForm.text(decision), new DateInput(assessedOnDay, assessedOnMonth, assessedOnYear).read("assessedOn",
                        "Date of the assessment", problems), ConsentForm.enums(CapacityRoute.Criterion.class, ticked),
                ConsentForm.text(bestInterests), null);
    }

    /** The values by field name, so what was typed comes back on error. */
    MultiValueMap<String, String> values() {
        LinkedMultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        put(f, "route", route);
        put(f, "purpose", purpose);
        put(f, "decision", decision);
        put(f, "assessedOnDay", assessedOnDay);
        put(f, "assessedOnMonth", assessedOnMonth);
        put(f, "assessedOnYear", assessedOnYear);
        criteria.forEach(c -> f.add("criteria", c));
        criteriaMca.forEach(c -> f.add("criteria-mca", c));
        put(f, "bestInterests", bestInterests);
        return f;
    }

    static void put(MultiValueMap<String, String> f, String name, String value) {
        if (value != null) {
            f.add(name, value);
        }
    }
}

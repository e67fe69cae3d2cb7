package org.safeshare.consent.web;

import java.util.List;
import java.util.Map;
import org.safeshare.consent.domain.Ground;
import org.safeshare.consent.domain.GroundToProceed;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.platform.web.DateInput;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A ground to share without consent (or against a refusal) as posted, bound through its constructor only (the allow-list). */
record GroundForm(String ground, String harmForm, String purpose, String recipientOrganisation, String reasons, String decidedOnDay,
        String decidedOnMonth, String decidedOnYear) {

    /** The form's fields top to bottom, for the error summary. */
    static final List<String> ORDER = List.of("ground", "harmForm", "purpose", "recipientOrganisation", "reasons", "decidedOn");

    static GroundForm blank() {
        return new GroundForm(null, null, null, null, null, null, null, null);
    }

    /** The ground proposed, an unreadable date added to {@code problems} (the rules then refuse it as no date). */
    GroundToProceed proposed(Map<String, String> problems) {
        return new GroundToProceed(null, ConsentForm.enumOf(Ground.class, ground), ConsentForm.enumOf(Ground.HarmForm.class, harmForm),
                ConsentForm.enumOf(PurposeCategory.class, purpose), ConsentForm.uuid(recipientOrganisation), ConsentForm.text(reasons), null,
                new DateInput(decidedOnDay, decidedOnMonth, decidedOnYear).read("decidedOn", "Date of the decision", problems), null, null, null);
    }

    /** The values by field name, so what was typed comes back on error. */
    MultiValueMap<String, String> values() {
        LinkedMultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        AssessmentForm.put(f, "ground", ground);
        AssessmentForm.put(f, "harmForm", harmForm);
        AssessmentForm.put(f, "purpose", purpose);
        AssessmentForm.put(f, "recipientOrganisation", recipientOrganisation);
        AssessmentForm.put(f, "reasons", reasons);
        AssessmentForm.put(f, "decidedOnDay", decidedOnDay);
        AssessmentForm.put(f, "decidedOnMonth", decidedOnMonth);
        AssessmentForm.put(f, "decidedOnYear", decidedOnYear);
        return f;
    }
}

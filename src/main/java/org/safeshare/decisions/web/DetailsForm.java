package org.safeshare.decisions.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The details page of a decision as posted, bound through its constructor only: its components are the page's fields and
 * nothing else (the choice, the reasons and the departure's reason belong to earlier pages and cannot be posted here).
 * The page's field names are the record's paths with "." and "[i]" written as "-" ({@link DecisionForm}).
 */
record DetailsForm(String moreDetrimentalReason, String discussedWithRequester, String recipientOrganisationId,
        String recipientPersonOrRole, String purpose,
        @BindParam("information-0-category") String category0, @BindParam("information-0-summary") String summary0,
        @BindParam("information-0-kind") String kind0, @BindParam("information-0-historicalNote") String historicalNote0,
        @BindParam("information-1-category") String category1, @BindParam("information-1-summary") String summary1,
        @BindParam("information-1-kind") String kind1, @BindParam("information-1-historicalNote") String historicalNote1,
        @BindParam("information-2-category") String category2, @BindParam("information-2-summary") String summary2,
        @BindParam("information-2-kind") String kind2, @BindParam("information-2-historicalNote") String historicalNote2,
        String method, String subjectInformed, String notInformedReason, String consentNotSoughtReason,
        @BindParam("legitimateInterests-purpose") String legitimateInterestsPurpose,
        @BindParam("legitimateInterests-necessity") String legitimateInterestsNecessity,
        @BindParam("legitimateInterests-balancing") String legitimateInterestsBalancing) {

    /** The fields by their names on the page, in the page's order. */
    Map<String, String> byName() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("moreDetrimentalReason", moreDetrimentalReason);
        fields.put("discussedWithRequester", discussedWithRequester);
        fields.put("recipientOrganisationId", recipientOrganisationId);
        fields.put("recipientPersonOrRole", recipientPersonOrRole);
        fields.put("purpose", purpose);
        row(fields, 0, category0, summary0, kind0, historicalNote0);
        row(fields, 1, category1, summary1, kind1, historicalNote1);
        row(fields, 2, category2, summary2, kind2, historicalNote2);
        fields.put("method", method);
        fields.put("subjectInformed", subjectInformed);
        fields.put("notInformedReason", notInformedReason);
        fields.put("consentNotSoughtReason", consentNotSoughtReason);
        fields.put("legitimateInterests-purpose", legitimateInterestsPurpose);
        fields.put("legitimateInterests-necessity", legitimateInterestsNecessity);
        fields.put("legitimateInterests-balancing", legitimateInterestsBalancing);
        return fields;
    }

    /**
     * Kept in the draft: a field the page did not post (a question not shown, a radio left unselected) keeps what the
     * draft had, as before.
     */
    void keepIn(Map<String, String> decision) {
        byName().forEach((name, value) -> {
            if (value != null) {
                decision.put(name, value);
            }
        });
    }

    private static void row(Map<String, String> fields, int i, String category, String summary, String kind, String historicalNote) {
        fields.put("information-" + i + "-category", category);
        fields.put("information-" + i + "-summary", summary);
        fields.put("information-" + i + "-kind", kind);
        fields.put("information-" + i + "-historicalNote", historicalNote);
    }
}

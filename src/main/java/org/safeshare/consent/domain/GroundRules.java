package org.safeshare.consent.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A ground to proceed without consent must be one of seed 003's, with its reasons, purpose and date. */
public final class GroundRules {

    private GroundRules() {}

    public static Map<String, String> problemsWith(GroundToProceed g, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (g.ground() == null) {
            problems.put("ground", "Select the ground for sharing without consent");
        } else if (g.ground() == Ground.SIGNIFICANT_HARM && g.harmForm() == null) {
            problems.put("harmForm", "Select the form of significant harm");
        }
        if (g.purpose() == null) {
            problems.put("purpose", "Select the purpose of the sharing");
        }
        if (ConsentRecordRules.blank(g.reasons())) {
            problems.put("reasons", "Enter why consent is not being sought or the refusal is being set aside");
        }
        ConsentRecordRules.tooLong("reasons", g.reasons(), problems);
        if (g.decidedOn() == null) {
            problems.put("decidedOn", "Enter the date of the decision");
        } else if (g.decidedOn().isAfter(today)) {
            problems.put("decidedOn", "The date of the decision must be today or in the past");
        }
        return problems;
    }
}

package org.safeshare.consent.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a capacity assessment must hold: the right route for the person's age on the day (Gillick under
 * 16, the Mental Capacity Act from 16), the decision it is about, and a best-interests decision when
 * capacity is lacking (MCA 2005 s4). Unborn babies are not assessed.
 */
public final class CapacityRules {

    private CapacityRules() {}

    public static Map<String, String> problemsWith(CapacityAssessment a, Subject subject, Integer ageOnAssessment, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (a.route() == null) {
            problems.put("route", "Select how capacity was assessed");
        } else if (ageOnAssessment == null) {
            problems.put("route", "An unborn baby's capacity is not assessed: consent comes from a person with parental responsibility");
        } else if (a.route() != CapacityRoute.forAge(ageOnAssessment)) {
            problems.put("route", a.route() == CapacityRoute.GILLICK
                    ? subject.name() + " was 16 or over on the assessment date: use the Mental Capacity Act functional test, not Gillick"
                    : subject.name() + " was under 16 on the assessment date: assess Gillick competence, not the Mental Capacity Act test");
        }
        if (a.purpose() == null) {
            problems.put("purpose", "Select the purpose of the sharing the assessment is about");
        }
        if (ConsentRecordRules.blank(a.decision())) {
            problems.put("decision", "Enter the decision the assessment is about");
        }
        ConsentRecordRules.tooLong("decision", a.decision(), problems);
        if (a.assessedOn() == null) {
            problems.put("assessedOn", "Enter the date of the assessment");
        } else if (a.assessedOn().isAfter(today)) {
            problems.put("assessedOn", "The date of the assessment must be today or in the past");
        }
        boolean lacksCapacity = a.route() == CapacityRoute.MENTAL_CAPACITY_ACT && !a.capable();
        if (lacksCapacity && ConsentRecordRules.blank(a.bestInterests())) {
            problems.put("bestInterests", "Enter the best-interests decision: the person lacks capacity for this decision");
        }
        ConsentRecordRules.tooLong("bestInterests", a.bestInterests(), problems);
        return problems;
    }
}

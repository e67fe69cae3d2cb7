package org.safeshare.disclosures.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sharing that happened outside Safeshare, as recorded under its decision, with the method's checks: telephone (the
 * caller's identity and entitlement checked by calling back a number known independently, such as the directory's),
 * meeting (who attended, each with a need to know), letter (address double-checked; receipt confirmed) and secure email
 * (secure at both ends). HM Government information sharing advice 2018, golden rule 6: shared securely.
 */
public record OutsideSharing(UUID decisionId, OutsideMethod method, LocalDate sharedOn, boolean calledBackKnownNumber,
        boolean identityChecked, boolean entitlementChecked, List<String> attendees, boolean allNeedToKnow, boolean addressDoubleChecked,
        boolean receiptConfirmed, boolean bothEndsSecure, String notes) {

    public OutsideSharing {
        attendees = attendees == null ? List.of() : attendees.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static final int MAX_ATTENDEES = 30;

    /** What is missing for the method chosen; checks of other methods are ignored. */
    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (decisionId == null) {
            problems.add(new Problem("decisionId", "Select the decision this sharing is recorded under"));
        }
        if (method == null) {
            problems.add(new Problem("method", "Select how the information was shared"));
        }
        if (sharedOn == null) {
            problems.add(new Problem("sharedOn", "Enter the date it was shared"));
        } else if (sharedOn.isAfter(today)) {
            problems.add(new Problem("sharedOn", "The date it was shared must be today or in the past"));
        }
        if (method != null) {
            checks(problems);
        }
        if (notes != null && notes.length() > 2000) {
            problems.add(new Problem("notes", "Notes must be 2,000 characters or fewer"));
        }
        return problems;
    }

    private void checks(List<Problem> problems) {
        switch (method) {
            case TELEPHONE -> {
                if (!calledBackKnownNumber || !identityChecked || !entitlementChecked) {
                    problems.add(new Problem("telephoneChecks", "Confirm you called back a number you know independently and checked who they"
                            + " are and that they are entitled to the information. If you did not, record why in the decision and do not share"
                            + " by telephone"));
                }
            }
            case MEETING -> {
                if (attendees.isEmpty() || attendees.size() > MAX_ATTENDEES || attendees.stream().anyMatch(a -> a.length() > 200)) {
                    problems.add(new Problem("attendees", "Enter who attended, one on each line with their role (up to " + MAX_ATTENDEES + ")"));
                }
                if (!allNeedToKnow) {
                    problems.add(new Problem("allNeedToKnow", "Confirm everyone present needed to know"));
                }
            }
            case LETTER -> {
                if (!addressDoubleChecked) {
                    problems.add(new Problem("addressDoubleChecked", "Confirm the address was double-checked before sending"));
                }
            }
            case SECURE_EMAIL -> {
                if (!bothEndsSecure) {
                    problems.add(new Problem("bothEndsSecure", "Confirm the email was secure at both ends (for example both addresses on a"
                            + " secure government or NHS email service)"));
                }
            }
        }
    }
}

package org.safeshare.referrals;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.referrals.domain.FamilyTold;

/** What a referral must say before it is sent; each problem names its field. */
final class ReferralRules {

    static final int LONGEST = 5000;

    private ReferralRules() {}

    static List<ReferralProblem> problemsWith(NewReferral r) {
        List<ReferralProblem> problems = new ArrayList<>();
        if (r.type() == null) {
            problems.add(new ReferralProblem("type", "Select who the referral is to"));
        }
        if (r.personId() == null) {
            problems.add(new ReferralProblem("personId", "Select the child or adult the referral is about"));
        }
        if (r.immediateDanger() == null) {
            problems.add(new ReferralProblem("immediateDanger", "Select whether anyone is in immediate danger"));
        }
        required(problems, "concernFacts", r.concernFacts(), "Enter what you have seen, heard or been told, in your own words");
        optional(problems, "concernOpinion", r.concernOpinion());
        optional(problems, "concernHistorical", r.concernHistorical());
        required(problems, "risk", r.risk(), "Enter the risk to the child or adult as you see it");
        if (r.familyTold() == null) {
            problems.add(new ReferralProblem("familyTold", "Select whether the family has been told about the referral"));
        } else {
            // Working Together 2023: not telling the family is for when telling them would put the child at risk; say why.
            required(problems, "familyResponse", r.familyResponse(), r.familyTold() == FamilyTold.NOT_TOLD
                    ? "Enter why the family was not told" : "Enter what the family said");
        }
        optional(problems, "otherAgencies", r.otherAgencies());
        return problems;
    }

    static void required(List<ReferralProblem> problems, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.add(new ReferralProblem(field, message));
        } else {
            optional(problems, field, value);
        }
    }

    static void optional(List<ReferralProblem> problems, String field, String value) {
        if (value != null && value.length() > LONGEST) {
            problems.add(new ReferralProblem(field, "Must be " + LONGEST + " characters or fewer"));
        }
    }

    static String text(String value) {
        return value == null ? "" : value.trim();
    }
}

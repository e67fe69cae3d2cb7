package org.safeshare.decisions.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeshare.decisions.DecisionTaken.Choice;
import org.safeshare.decisions.DecisionTaken.InformationItem;
import org.safeshare.decisions.DecisionTaken.SubjectInformed;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.Recommendation.Outcome;
import org.safeshare.decisions.Recommendation;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;

/**
 * What a decision record must hold before it is kept (golden rule 7; brief section 7): the decision
 * and reasons always; if shared, what, with whom, why, how and whether the person was told; if not,
 * whether it was discussed with the requester. Departing from the recommendation needs its own reason.
 */
public final class DecisionRecordRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;
    /** Far more than any one sharing holds; a record of thousands of items is a mistake, not a record. */
    static final int MAX_INFORMATION_ITEMS = 50;
    /** Clocks of partner systems drift: a few minutes ahead is allowed, the future is not. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Instant EARLIEST_SHARING = Instant.parse("1990-01-01T00:00:00Z");

    private DecisionRecordRules() {}

    /** Whether the recommendation was to share now; seeking consent or advice first is not. */
    public static boolean recommendsSharing(Recommendation recommendation) {
        return recommendation.outcome() == Outcome.SHARE || recommendation.outcome() == Outcome.SHARE_WITHOUT_CONSENT;
    }

    /** Sharing against a recommendation not to share now, or not sharing against one to share, is professional judgement. */
    public static boolean departs(Recommendation recommendation, Choice choice) {
        return recommendsSharing(recommendation) != (choice == Choice.SHARE);
    }

    /** As {@link #problemsWith(DecisionTaken, Recommendation, SharingFacts)}, and a time of sharing given must have passed. */
    public static Map<String, String> problemsWith(DecisionTaken d, Recommendation recommendation, SharingFacts facts, Instant now) {
        Map<String, String> problems = problemsWith(d, recommendation, facts);
        if (d.sharedAt() != null && d.sharedAt().isAfter(now.plus(CLOCK_SKEW))) {
            problems.put("sharedAt", "The time of sharing must be now or in the past");
        } else if (d.sharedAt() != null && d.sharedAt().isBefore(EARLIEST_SHARING)) {
            problems.put("sharedAt", "The time of sharing must be on or after 1 January 1990");
        }
        return problems;
    }

    public static Map<String, String> problemsWith(DecisionTaken d, Recommendation recommendation, SharingFacts facts) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (d.choice() == null) {
            problems.put("choice", "Select whether you are sharing the information");
            return problems;
        }
        text(problems, "reasons", d.reasons(), true, MAX_TEXT, "Enter the reasons for your decision");
        if (departs(recommendation, d.choice())) {
            text(problems, "departureReason", d.departureReason(), true, MAX_TEXT,
                    "Enter why your professional judgement differs from the recommendation");
        }
        if (d.choice() == Choice.SHARE) {
            sharingProblems(d, facts, problems);
            legitimateInterestsProblems(d, recommendation, problems);
        } else {
            if (d.discussedWithRequester() == null) {
                problems.put("discussedWithRequester", "Select whether you discussed the decision with the person who asked for the information");
            }
            dutyToShareProblems(d, recommendation, problems);
        }
        if (d.advice() != null) {
            if (d.advice().fromRole() == null) {
                problems.put("advice.fromRole", "Select who you sought advice from");
            }
            text(problems, "advice.outcome", d.advice().outcome(), true, MAX_TEXT, "Enter the advice you were given");
        }
        return problems;
    }

    private static void sharingProblems(DecisionTaken d, SharingFacts facts, Map<String, String> problems) {
        text(problems, "purpose", d.purpose(), true, MAX_TEXT, "Enter the purpose of sharing");
        if (d.recipientOrganisationId() == null) {
            problems.put("recipientOrganisationId", "Select the organisation you are sharing with");
        }
        text(problems, "recipientPersonOrRole", d.recipientPersonOrRole(), true, MAX_SHORT,
                "Enter the name or role of the person you are sharing with");
        informationProblems(d.information(), problems);
        if (d.method() == null) {
            problems.put("method", "Select how you are sharing the information");
        }
        if (d.subjectInformed() == null) {
            problems.put("subjectInformed", "Select whether the person has been or will be told");
        } else if (d.subjectInformed() == SubjectInformed.NOT_INFORMED) {
            text(problems, "notInformedReason", d.notInformedReason(), true, MAX_TEXT,
                    "Enter why the person is not being told, for example because it would increase the risk");
        }
        boolean consentGiven = facts.consent() != null && facts.consent().status() == ConsentStatus.GIVEN;
        if (!consentGiven) {
            text(problems, "consentNotSoughtReason", d.consentNotSoughtReason(), true, MAX_TEXT,
                    "Enter why you are sharing without consent");
        }
    }

    /** Legitimate interests needs its three tests recorded (ICO guidance; UK GDPR Art 5(2) accountability). */
    private static void legitimateInterestsProblems(DecisionTaken d, Recommendation recommendation, Map<String, String> problems) {
        if (recommendation.lawfulBasis().article6() != Recommendation.Article6.LEGITIMATE_INTERESTS) {
            return;
        }
        DecisionTaken.LegitimateInterestsTests tests = d.legitimateInterests();
        text(problems, "legitimateInterests.purpose", tests == null ? null : tests.purpose(), true, MAX_TEXT,
                "Enter the interest you are pursuing by sharing (purpose test)");
        text(problems, "legitimateInterests.necessity", tests == null ? null : tests.necessity(), true, MAX_TEXT,
                "Enter why sharing is needed for that purpose (necessity test)");
        text(problems, "legitimateInterests.balancing", tests == null ? null : tests.balancing(), true, MAX_TEXT,
                "Enter why the person's interests do not override yours (balancing test)");
    }

    /** Children Act 2004 s16LA: not sharing is open only where sharing would be more detrimental to the child, with why. */
    private static void dutyToShareProblems(DecisionTaken d, Recommendation recommendation, Map<String, String> problems) {
        if (recommendation.dutyToShare() == Recommendation.DutyToShare.APPLIES) {
            problems.put("choice", "The duty to share (Children Act 2004 section 16LA) applies: you may decide not to share only if"
                    + " sharing would be more detrimental to the child than not sharing. Go back and answer that question");
        } else if (recommendation.dutyToShare() == Recommendation.DutyToShare.MORE_DETRIMENTAL) {
            text(problems, "moreDetrimentalReason", d.moreDetrimentalReason(), true, MAX_TEXT,
                    "Enter why sharing would be more detrimental to the child than not sharing");
        }
    }

    private static void informationProblems(List<InformationItem> items, Map<String, String> problems) {
        if (items.isEmpty()) {
            problems.put("information", "Describe the information you are sharing");
            return;
        }
        if (items.size() > MAX_INFORMATION_ITEMS) {
            problems.put("information", "Record at most " + MAX_INFORMATION_ITEMS + " items of information: group related items together");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            InformationItem item = items.get(i);
            String at = "information[" + i + "]";
            text(problems, at + ".category", item.category(), true, MAX_SHORT, "Enter the kind of information, for example 'Attendance'");
            text(problems, at + ".summary", item.summary(), true, MAX_TEXT, "Enter a summary of the information");
            if (item.kind() == null) {
                problems.put(at + ".kind", "Select whether this is a fact or a professional opinion");
            }
            text(problems, at + ".historicalNote", item.historicalNote(), false, MAX_TEXT, "");
        }
    }

    private static void text(Map<String, String> problems, String field, String value, boolean required, int max, String missing) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.put(field, missing);
            }
        } else if (value.length() > max) {
            problems.put(field, label(field) + " must be " + String.format(java.util.Locale.UK, "%,d", max) + " characters or fewer");
        }
    }

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("reasons", "Your reasons"),
            Map.entry("departureReason", "Why your judgement differs from the recommendation"),
            Map.entry("advice.outcome", "The advice you were given"), Map.entry("purpose", "Purpose of sharing"),
            Map.entry("recipientPersonOrRole", "Name or role of the person you are sharing with"),
            Map.entry("notInformedReason", "Why they will not be told"), Map.entry("consentNotSoughtReason", "Why you are sharing without consent"),
            Map.entry("legitimateInterests.purpose", "Purpose test"), Map.entry("legitimateInterests.necessity", "Necessity test"),
            Map.entry("legitimateInterests.balancing", "Balancing test"),
            Map.entry("moreDetrimentalReason", "Why sharing would be more detrimental to the child"),
            Map.entry("category", "Kind of information"), Map.entry("summary", "Summary"), Map.entry("historicalNote", "Historical note"));

    /** The field as its label reads, so a message names what to shorten (GOV.UK: "[field] must be N characters or fewer"). */
    static String label(String field) {
        var item = java.util.regex.Pattern.compile("information\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (item.matches()) {
            return LABELS.get(item.group(2)) + " for item " + (Integer.parseInt(item.group(1)) + 1);
        }
        return LABELS.getOrDefault(field, "The answer");
    }
}

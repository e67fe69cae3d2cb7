package org.safeshare.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a response must hold before the decision engine judges it, each problem named by its path in the API body. */
final class ResponseRules {

    static final int MAX_ITEMS = 50;
    static final int MAX_TEXT = 4000;
    static final int MAX_SOURCE = 300;
    static final FieldProblem ALREADY_ANSWERED = new FieldProblem("choice",
            "Your organisation has already responded to this request: its response is shown on the request");

    private ResponseRules() {}

    static List<FieldProblem> problemsWith(RequestResponse r, int questions, boolean open) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!open) {
            problems.add(ALREADY_ANSWERED);
            return problems;
        }
        if (r.choice() == null) {
            problems.add(new FieldProblem("choice", "Select whether you are answering or declining the request"));
            return problems;
        }
        factsProblems(r.facts(), problems);
        if (r.choice() == RequestResponse.Choice.ANSWER) {
            itemProblems(r.answers(), questions, problems);
            RequestRules.text(problems, "reasons", r.reasons(), MAX_TEXT, "Enter the reasons for your decision to share");
        } else {
            RequestRules.text(problems, "reasons", r.reasons(), MAX_TEXT,
                    "Enter why you are declining the request: the requester will see your reasons");
        }
        return problems;
    }

    private static void factsProblems(RequestResponse.Facts facts, List<FieldProblem> problems) {
        if (facts == null) {
            problems.add(new FieldProblem("facts", "Answer the questions about the sharing decision"));
            return;
        }
        if (facts.riskLevel() == null) {
            problems.add(new FieldProblem("facts.riskLevel", "Select how at risk the person is"));
        }
        if (facts.consentStatus() == null) {
            problems.add(new FieldProblem("facts.consentStatus", "Select where consent stands"));
        }
    }

    private static void itemProblems(List<AnswerItem> items, int questions, List<FieldProblem> problems) {
        if (items.isEmpty()) {
            problems.add(new FieldProblem("answers", "Answer at least one question"));
            return;
        }
        if (items.size() > MAX_ITEMS) {
            problems.add(new FieldProblem("answers", "Give at most " + MAX_ITEMS + " answer items"));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            AnswerItem item = items.get(i);
            String at = "answers[" + i + "]";
            if (item == null) {
                problems.add(new FieldProblem(at, "Enter the answer"));
                continue;
            }
            if (item.question() == null || item.question() < 1 || item.question() > questions) {
                problems.add(new FieldProblem(at + ".question", "Say which question this answers, from 1 to " + questions));
            }
            if (item.kind() == AnswerItem.Kind.DECLINED) {
                RequestRules.text(problems, at + ".answer", item.answer(), MAX_TEXT,
                        "Enter why you will not share the answer to this question: the requester will see your reasons");
                continue;
            }
            RequestRules.text(problems, at + ".answer", item.answer(), MAX_TEXT, "Enter the answer");
            if (item.kind() == null) {
                problems.add(new FieldProblem(at + ".kind", "Select whether the answer is fact, professional opinion or historical"));
            }
            RequestRules.text(problems, at + ".source", item.source(), MAX_SOURCE,
                    "Enter where the information comes from, for example 'School attendance register'");
        }
        if (problems.isEmpty() && items.stream().noneMatch(AnswerItem::shares)) {
            problems.add(new FieldProblem("answers", "Answer at least one question, or choose to decline the request"));
        }
    }

    /**
     * The decision engine's problems, under the response's own field names where they differ. The decision lists only
     * the shared items, so its item i is the response's item at the position of the i-th shared one.
     */
    static List<FieldProblem> fromDecision(Map<String, String> problems, RequestResponse response) {
        List<FieldProblem> mapped = new ArrayList<>();
        problems.forEach((field, message) -> mapped.add(new FieldProblem(answerIndex(rename(field), response), message)));
        return mapped;
    }

    private static String answerIndex(String field, RequestResponse response) {
        var item = java.util.regex.Pattern.compile("answers\\[(\\d+)](.*)").matcher(field);
        if (!item.matches()) {
            return field;
        }
        int shared = Integer.parseInt(item.group(1));
        List<AnswerItem> kept = response.shared();
        return shared < kept.size() ? "answers[" + response.answers().indexOf(kept.get(shared)) + "]" + item.group(2) : field;
    }

    private static String rename(String field) {
        return switch (field) {
            case "facts.risk.level" -> "facts.riskLevel";
            case "facts.consent.status" -> "facts.consentStatus";
            case "facts.consent.givenBy" -> "facts.consentGivenBy";
            case "facts.subject.adultAtRisk" -> "facts.adultAtRisk";
            default -> field.startsWith("information[") ? field.replace("information[", "answers[").replace(".summary", ".answer")
                    .replace(".category", ".question").replace(".historicalNote", ".source") : field;
        };
    }

    static AnswerItem trimmed(AnswerItem item) {
        return new AnswerItem(item.question(), item.answer().trim(), item.kind(), item.source() == null ? "" : item.source().trim());
    }
}

package org.safeshare.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a new request must hold before it is sent, each problem named by its path in the API body. */
final class RequestRules {

    static final int MAX_QUESTIONS = 20;
    static final int MAX_ADDRESSEES = 20;
    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 300;

    private RequestRules() {}

    static List<FieldProblem> problemsWith(NewInformationRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.personId() == null) {
            problems.add(new FieldProblem("personId", "Select the person the request is about"));
        }
        if (r.purposeCategory() == null) {
            problems.add(new FieldProblem("purposeCategory", "Select why you need the information"));
        }
        text(problems, "purpose", r.purpose(), MAX_TEXT, "Enter the purpose of the request: what the information is needed for");
        text(problems, "lawfulBasis", r.lawfulBasis(), MAX_SHORT,
                "Enter your lawful basis for asking, for example UK GDPR Article 6(1)(e) and the Children Act 1989 section 47");
        if (r.statesPublicTask() == null) {
            problems.add(new FieldProblem("statesPublicTask", "Select whether you need the information for your public task"));
        }
        if (r.urgency() == null) {
            problems.add(new FieldProblem("urgency", "Select how urgent the request is"));
        }
        questionProblems(r.questions(), problems);
        addresseeProblems(r.addressees(), problems);
        return problems;
    }

    private static void questionProblems(List<String> questions, List<FieldProblem> problems) {
        if (questions.stream().allMatch(q -> q == null || q.isBlank())) {
            problems.add(new FieldProblem("questions", "Enter at least one question"));
        } else if (questions.size() > MAX_QUESTIONS) {
            problems.add(new FieldProblem("questions", "Ask at most " + MAX_QUESTIONS + " questions in one request"));
        } else {
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i) != null && questions.get(i).length() > MAX_TEXT) {
                    problems.add(new FieldProblem("questions[" + i + "]", "A question must be " + MAX_TEXT + " characters or fewer"));
                }
            }
        }
    }

    private static void addresseeProblems(List<NewInformationRequest.Addressee> addressees, List<FieldProblem> problems) {
        if (addressees.isEmpty()) {
            problems.add(new FieldProblem("addressees", "Select at least one organisation to ask"));
            return;
        }
        if (addressees.size() > MAX_ADDRESSEES) {
            problems.add(new FieldProblem("addressees", "Ask at most " + MAX_ADDRESSEES + " organisations in one request"));
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < addressees.size(); i++) {
            var a = addressees.get(i);
            if (a == null || a.organisationId() == null) {
                problems.add(new FieldProblem("addressees[" + i + "].organisationId", "Select the organisation to ask"));
            } else if (!seen.add(a.organisationId())) {
                problems.add(new FieldProblem("addressees[" + i + "].organisationId", "Ask each organisation once"));
            }
        }
    }

    /** The questions as asked: blank ones left out, each trimmed. */
    static List<String> asked(List<String> questions) {
        return questions.stream().filter(q -> q != null && !q.isBlank()).map(String::trim).toList();
    }

    static void text(List<FieldProblem> problems, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, missing));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "Must be " + max + " characters or fewer"));
        }
    }
}

package org.safeshare.decisions.web;

import java.util.List;
import java.util.Optional;
import org.safeshare.decisions.SharingFacts.SubjectKind;

/** Whether an answer is acceptable for its question; the refusal is the question's GOV.UK error message. */
final class AnswerRules {

    private AnswerRules() {}

    static Optional<String> problemWith(Question q, List<String> values, DecisionDraft draft) {
        if (values.isEmpty()) {
            return Optional.of(q.missing());
        }
        return switch (q.kind()) {
            case RADIOS -> values.size() == 1 && known(q, values.getFirst()) ? Optional.empty() : Optional.of(q.missing());
            case CHECKBOXES -> checkboxes(q, values);
            case WHOLE_NUMBER -> age(values.getFirst(), draft.kind());
        };
    }

    /** "None of these" stands alone: it clears any other box ticked with it. */
    static List<String> normalised(Question q, List<String> values) {
        return q.kind() == Question.Kind.CHECKBOXES && values.contains(Questions.NONE) ? List.of(Questions.NONE) : List.copyOf(values);
    }

    private static Optional<String> checkboxes(Question q, List<String> values) {
        if (!values.stream().allMatch(v -> known(q, v))) {
            return Optional.of(q.missing());
        }
        if (values.contains(Questions.NONE) && values.size() > 1) {
            return Optional.of("Select 'None of these' on its own, or the ones that apply");
        }
        return Optional.empty();
    }

    private static Optional<String> age(String value, SubjectKind kind) {
        if (!value.matches("\\d{1,3}")) {
            return Optional.of("Age must be a whole number of years, like 7");
        }
        int age = Integer.parseInt(value);
        if (age > 130) {
            return Optional.of("Age must be 130 or less");
        }
        if (kind == SubjectKind.CHILD && age >= 18) {
            return Optional.of("A child is under 18. If they are 18 or over, go back and choose 'An adult'");
        }
        if (kind == SubjectKind.ADULT && age < 18) {
            return Optional.of("An adult is 18 or over. If they are under 18, go back and choose 'A child'");
        }
        return Optional.empty();
    }

    private static boolean known(Question q, String value) {
        return q.options().stream().anyMatch(o -> o.value().equals(value));
    }
}

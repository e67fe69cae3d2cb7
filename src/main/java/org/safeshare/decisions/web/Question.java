package org.safeshare.decisions.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One question page of the guided flow: a heading (the question), a hint citing where it comes from,
 * its options, and when it is relevant given the answers so far.
 */
record Question(String id, Kind kind, Function<DecisionDraft, String> heading, String hint, List<Option> options,
        Predicate<DecisionDraft> relevant, String missing) {

    enum Kind { RADIOS, CHECKBOXES, WHOLE_NUMBER }

    /** One answer; an exclusive checkbox ("None of these") clears the others. */
    record Option(String value, String label, String hint, boolean exclusive) {

        static Option of(String value, String label) {
            return new Option(value, label, null, false);
        }

        static Option of(String value, String label, String hint) {
            return new Option(value, label, hint, false);
        }

        static Option none() {
            return new Option(Questions.NONE, "None of these", null, true);
        }
    }

    String headingFor(DecisionDraft draft) {
        return heading.apply(draft);
    }

    String labelOf(String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
}

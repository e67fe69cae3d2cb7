package org.safeshare.decisions;

import java.util.Map;

/** The answer to "should I share?": a recommendation, or a refusal naming each contradictory or missing field. */
public sealed interface Evaluation {

    /** The facts were complete and consistent. */
    record Evaluated(Recommendation recommendation) implements Evaluation {}

    /** The facts were refused; each entry names a field (API path, e.g. "subject.ageYears") and what is wrong. */
    record Refused(Map<String, String> problems) implements Evaluation {
        public Refused {
            problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
        }
    }
}

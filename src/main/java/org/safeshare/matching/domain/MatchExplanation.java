package org.safeshare.matching.domain;

import java.util.List;

/**
 * Why two records were scored as they were: the deterministic rule that decided, or the prior and each
 * field's level and weight (bits of evidence, positive for "same child"). Shown to the practitioner.
 */
public record MatchExplanation(double probability, String rule, double priorWeight, List<FieldEvidence> fields) {

    /** One field's contribution: its comparison level in words and the weight it added. */
    public record FieldEvidence(Field field, int level, double weight) {

        public String describe() {
            return "%s %s (%+.1f)".formatted(field.label(), field.level(level), weight);
        }
    }
}

package org.safeshare.matching.domain;

/**
 * A trained Fellegi-Sunter model: for each field and level, m (the chance of that level when the two
 * records are the same child) and u (when they are not), and lambda, the chance that two records picked
 * at random are the same child. Weights are log2(m/u); the match probability is calibrated by lambda.
 */
public record MatchModel(double[][] m, double[][] u, double lambda) {

    public double weight(Field field, int level) {
        return level == Field.MISSING ? 0 : log2(m[field.ordinal()][level] / u[field.ordinal()][level]);
    }

    /** The weight of an exact agreement on a value held by this share of records (Splink's term-frequency adjustment). */
    public double exactWeight(Field field, double frequency) {
        return log2(m[field.ordinal()][0] / Math.max(frequency, 1e-7));
    }

    public double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    public static double probability(double matchWeight) {
        if (matchWeight == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return 1 / (1 + Math.pow(2, -matchWeight));
    }

    /** The model as text: lambda, then each field's m and u by level, for the run log and the docs. */
    public String describe() {
        StringBuilder text = new StringBuilder("lambda %.3g".formatted(lambda));
        for (Field field : Field.values()) {
            text.append("; ").append(field.label()).append(':');
            for (int l = 0; l < field.levelCount(); l++) {
                text.append(" %.3f/%.4f".formatted(m[field.ordinal()][l], u[field.ordinal()][l]));
            }
        }
        return text.toString();
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

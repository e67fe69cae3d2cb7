package org.safeshare.matching.domain;

/**
 * The partnership's two thresholds on the match probability: at or above {@code link} two records are
 * linked; from {@code review} up to it the pair goes to clerical review; below, nothing is proposed. Possible
 * twins are held between the two unless {@code holdPossibleTwins} is off (for data sets of adults, such as FEBRL).
 */
public record Thresholds(double link, double review, boolean holdPossibleTwins) {

    /** Defaults in line with DfE's SUI Matcher bands (match 0.95, potential match 0.85); possible twins held for review. */
    public static final Thresholds DEFAULT = new Thresholds(0.95, 0.85, true);

    public Thresholds {
        if (!(review > 0 && review <= link && link <= 1)) {
            throw new IllegalArgumentException("Thresholds need 0 < review <= link <= 1");
        }
    }
}

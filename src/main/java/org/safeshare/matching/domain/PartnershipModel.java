package org.safeshare.matching.domain;

/**
 * The model for a partnership's own records: too few to estimate m and u by expectation-maximisation (a partnership
 * may hold a few hundred children), so m and u are set from the figures the trained model reaches on generated
 * agency records (docs/matching-performance.md), and lambda from the number of records (about one other record of
 * each child among them). Term frequencies still come from the partnership's own names.
 */
public final class PartnershipModel {

    private static final double[][] M = {
            {0.795, 0.06, 0.05, 0.03, 0.02, 0.02, 0.01, 0.005, 0.01},
            {0.85, 0.04, 0.05, 0.02, 0.02, 0.02},
            {0.90, 0.03, 0.04, 0.01, 0.02},
            {0.97, 0.03},
            {0.60, 0.10, 0.05, 0.05, 0.05, 0.15},
            // Identifiers failing their check (ADR 0015 addendum 5), near FEBRL's trained m (0.85, 0.08, 0.07); rarely used here,
            // as the people module accepts only valid NHS numbers and UPNs.
            {0.90, 0.07, 0.03},
            {0.90, 0.07, 0.03}};
    private static final double[][] U = {
            {0.01, 0.002, 0.003, 0.005, 0.01, 0.05, 0.0005, 0.001, 0.9185},
            {0.01, 0.001, 0.002, 0.005, 0.01, 0.972},
            {0.0003, 0.0001, 0.001, 0.05, 0.9486},
            {0.5, 0.5},
            {0.0005, 0.002, 0.001, 0.01, 0.05, 0.9365},
            {0.000001, 0.00001, 0.999989},
            {0.000001, 0.00001, 0.999989}};

    private PartnershipModel() {}

    public static MatchModel forRecords(int records) {
        double lambda = Math.clamp(1.0 / Math.max(records, 1), 1e-7, 0.1);
        return new MatchModel(copy(M), copy(U), lambda);
    }

    private static double[][] copy(double[][] levels) {
        double[][] copied = new double[levels.length][];
        for (int f = 0; f < levels.length; f++) {
            copied[f] = levels[f].clone();
        }
        return copied;
    }
}

package org.safeshare.matching.domain;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Estimates the model from the records themselves, without labels, as Splink does: u from random pairs
 * (nearly all of which are different children), m by expectation-maximisation on blocked pairs, one
 * session per blocking key with the key's own fields left out (they agree by construction there), and
 * lambda from the matches found in one session divided by that key's recall.
 */
public final class ModelTraining {

    private static final Field[] FIELDS = Field.values();
    private static final int RANDOM_PAIRS = 400_000;
    private static final int PAIRS_PER_SESSION = 400_000;
    static final int LARGEST_BLOCK = 1_000;
    /**
     * Training sessions sample pairs from blocks of at most this many records. In a national index one block of a common
     * name ("Oliver Smith", about a thousand records in ten million) holds half a million pairs of different children, which
     * would fill a session's sample alone: expectation-maximisation then takes "same name, different child" for the match
     * class (measured: m of a different date of birth 0.88 at ten million records). Small blocks keep matches a fair share.
     */
    static final int LARGEST_TRAINING_BLOCK = 100;
    private static final int SWAPPED_NAMES = Comparisons.NAMES_SWAPPED;
    private static final int ONE_NAME_CROSSED = Comparisons.ONE_NAME_CROSSED;
    /**
     * Identifiers that are not a deterministic link follow the other fields in expectation-maximisation: their m is the
     * share of each level among the pairs the other fields make matches, but they do not move those pairs' posteriors. So
     * adding them moved no other field's m or u, nor lambda, and where identifiers are blank (the national query bench)
     * the model is the same as before.
     */
    static final Set<Field> FOLLOWERS = EnumSet.of(Field.NHS_NUMBER, Field.UPN);

    private ModelTraining() {}

    public static MatchModel train(RecordStore store, BlockingIndex index, long seed) {
        Comparisons comparisons = new Comparisons(store);
        double[][] u = randomPairLevels(comparisons, index.indexed(), new SplittableRandom(seed));
        Session dobAndSurname = Session.run(comparisons, index, BlockingKeys.DOB_AND_SURNAME, EnumSet.of(Field.DOB, Field.SURNAME), u);
        Session dobAndFirst = Session.run(comparisons, index, BlockingKeys.DOB_AND_FIRST_NAME, EnumSet.of(Field.DOB, Field.FIRST_NAME), u);
        // Not NAMES_AND_BIRTH_YEAR: blocking on the year would hide exactly the pairs whose dates differ.
        Session names = Session.run(comparisons, index, BlockingKeys.NAMES, EnumSet.of(Field.FIRST_NAME, Field.SURNAME), u);
        // Blocks on neither name: the one session that can see one name in the other's place (the others hold a name equal).
        Session postcode = Session.run(comparisons, index, BlockingKeys.POSTCODE, EnumSet.of(Field.HOME), u);
        double[][] m = new double[FIELDS.length][];
        m[Field.FIRST_NAME.ordinal()] = dobAndSurname.m[Field.FIRST_NAME.ordinal()];
        m[Field.SURNAME.ordinal()] = dobAndFirst.m[Field.SURNAME.ordinal()];
        m[Field.DOB.ordinal()] = names.m[Field.DOB.ordinal()];
        for (Field field : EnumSet.of(Field.SEX, Field.HOME, Field.NHS_NUMBER, Field.UPN)) {
            m[field.ordinal()] = average(dobAndSurname.m[field.ordinal()], dobAndFirst.m[field.ordinal()], names.m[field.ordinal()]);
        }
        // Swapped names are rare enough that no session sees many; they are two names agreeing, so no less likely than a typo.
        double[] first = m[Field.FIRST_NAME.ordinal()];
        first[SWAPPED_NAMES] = Math.max(first[SWAPPED_NAMES], 0.01);
        takeLevel(first, ONE_NAME_CROSSED, postcode.m[Field.FIRST_NAME.ordinal()][ONE_NAME_CROSSED]);
        double lambda = lambda(dobAndSurname, m, index.indexed());
        return new MatchModel(m, withoutMatches(u, m, lambda), lambda);
    }

    /**
     * Random pairs include matches (a share lambda of them), which nearly always agree: a level is seen in random pairs with
     * chance lambda m + (1 - lambda) u, so u is that less the matches' part. Negligible in a national index (lambda 2e-7),
     * not in a file of 10,000 records with 5,000 duplicate pairs, where half the random pairs at "same date of birth" are
     * matches and the weight of an exact date would be a bit too small.
     */
    static double[][] withoutMatches(double[][] random, double[][] m, double lambda) {
        double floor = 0.5 / RANDOM_PAIRS;
        double[][] u = new double[random.length][];
        for (int f = 0; f < random.length; f++) {
            u[f] = new double[random[f].length];
            for (int l = 0; l < u[f].length; l++) {
                u[f][l] = Math.max(floor, (random[f][l] - lambda * m[f][l]) / (1 - lambda));
            }
            normalise(u[f], 0);
        }
        return u;
    }

    /** Sets one level's m to an estimate from another session and scales the others so that they still sum to one. */
    static void takeLevel(double[] levels, int level, double estimate) {
        double others = 1 - levels[level];
        for (int l = 0; l < levels.length; l++) {
            levels[l] = l == level ? estimate : levels[l] * (1 - estimate) / others;
        }
    }

    /** Matches among the DOB-and-surname blocks, over that key's recall, over all pairs of records. */
    private static double lambda(Session session, double[][] m, int n) {
        double[] dob = m[Field.DOB.ordinal()];
        double[] surname = m[Field.SURNAME.ordinal()];
        double recall = Math.clamp((dob[0] + dob[1]) * (surname[0] + surname[2] + surname[3]), 0.05, 1);
        double matches = session.lambda * session.pairsInBlocks / recall;
        double allPairs = n * (n - 1.0) / 2;
        return Math.clamp(matches / Math.max(1, allPairs), 1e-12, 0.5);
    }

    private static double[][] randomPairLevels(Comparisons comparisons, int n, SplittableRandom random) {
        double[][] counts = new double[FIELDS.length][];
        for (Field field : FIELDS) {
            counts[field.ordinal()] = new double[field.levelCount()];
        }
        for (int p = 0; p < RANDOM_PAIRS && n > 1; p++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            if (i == j) {
                continue;
            }
            for (Field field : FIELDS) {
                int level = comparisons.level(field, i, j);
                if (level != Field.MISSING) {
                    counts[field.ordinal()][level]++;
                }
            }
        }
        for (double[] levels : counts) {
            normalise(levels, 0.5);
        }
        return counts;
    }

    static void normalise(double[] levels, double smoothing) {
        double total = 0;
        for (double c : levels) {
            total += c + smoothing;
        }
        for (int l = 0; l < levels.length; l++) {
            levels[l] = (levels[l] + smoothing) / total;
        }
    }

    private static double[] average(double[]... estimates) {
        double[] mean = new double[estimates[0].length];
        for (double[] e : estimates) {
            for (int l = 0; l < mean.length; l++) {
                mean[l] += e[l] / estimates.length;
            }
        }
        return mean;
    }

    private static final double[][] INITIAL_M = Session.initialM();

    /** One EM session on pairs sharing a key: patterns of levels with their counts, then iterations. */
    private static final class Session {
        double[][] m;
        double lambda = 0.3;
        long pairsInBlocks;

        static Session run(Comparisons comparisons, BlockingIndex index, BlockingKeys kind, Set<Field> excluded, double[][] u) {
            Session session = new Session();
            Map<Integer, int[]> patterns = session.patterns(comparisons, index, kind, excluded);
            session.m = initialM();
            for (int iteration = 0; iteration < 40; iteration++) {
                session.iterate(patterns, excluded, u);
            }
            return session;
        }

        private Map<Integer, int[]> patterns(Comparisons comparisons, BlockingIndex index, BlockingKeys kind, Set<Field> excluded) {
            Map<Integer, int[]> patterns = new HashMap<>();
            long sampled = 0;
            int blocks = index.blocks(kind);
            for (int b = 0; b < blocks; b++) {
                int start = index.blockStart(kind, b);
                int end = index.blockEnd(kind, b);
                if (end - start > LARGEST_TRAINING_BLOCK) {
                    continue;
                }
                long pairs = (end - start) * (end - start - 1L) / 2;
                pairsInBlocks += pairs;
                if (sampled > PAIRS_PER_SESSION) {
                    continue;
                }
                for (int x = start; x < end; x++) {
                    for (int y = x + 1; y < end; y++) {
                        int pattern = pattern(comparisons, index.posting(kind, x), index.posting(kind, y), excluded);
                        patterns.computeIfAbsent(pattern, p -> new int[1])[0]++;
                        sampled++;
                    }
                }
            }
            return patterns;
        }

        private static int pattern(Comparisons comparisons, int i, int j, Set<Field> excluded) {
            int pattern = 0;
            for (Field field : FIELDS) {
                int level = excluded.contains(field) ? Field.MISSING : comparisons.level(field, i, j);
                pattern = pattern << 4 | (level + 1);
            }
            return pattern;
        }

        private static double[][] initialM() {
            double[][] m = new double[FIELDS.length][];
            for (Field field : FIELDS) {
                double[] levels = new double[field.levelCount()];
                for (int l = 0; l < levels.length; l++) {
                    levels[l] = l == levels.length - 1 ? 0.05 : Math.pow(0.5, l + 1);
                }
                normalise(levels, 0);
                m[field.ordinal()] = levels;
            }
            return m;
        }

        private void iterate(Map<Integer, int[]> patterns, Set<Field> excluded, double[][] u) {
            double[][] expected = new double[FIELDS.length][];
            for (Field field : FIELDS) {
                expected[field.ordinal()] = new double[field.levelCount()];
            }
            double matched = 0;
            double total = 0;
            for (Map.Entry<Integer, int[]> entry : patterns.entrySet()) {
                int[] levels = levelsOf(entry.getKey());
                double pm = lambda;
                double pu = 1 - lambda;
                for (int f = 0; f < FIELDS.length; f++) {
                    if (levels[f] != Field.MISSING && !FOLLOWERS.contains(FIELDS[f])) {
                        pm *= m[f][levels[f]];
                        pu *= u[f][levels[f]];
                    }
                }
                double posterior = pm / (pm + pu);
                int count = entry.getValue()[0];
                matched += posterior * count;
                total += count;
                for (int f = 0; f < FIELDS.length; f++) {
                    if (levels[f] != Field.MISSING) {
                        expected[f][levels[f]] += posterior * count;
                    }
                }
            }
            lambda = Math.clamp(matched / Math.max(1, total), 1e-9, 1 - 1e-9);
            // A prior of 1% of the matches spread as the initial m: a level no match happened to show in this data
            // (no nicknames, say) becomes about neutral evidence rather than strong evidence against.
            double prior = Math.max(1, matched * 0.01);
            for (Field field : FIELDS) {
                if (!excluded.contains(field)) {
                    double[] levels = expected[field.ordinal()];
                    for (int l = 0; l < levels.length; l++) {
                        levels[l] += prior * INITIAL_M[field.ordinal()][l];
                    }
                    normalise(levels, 0);
                    m[field.ordinal()] = levels;
                }
            }
        }

        private static int[] levelsOf(int pattern) {
            int[] levels = new int[FIELDS.length];
            for (int f = FIELDS.length - 1; f >= 0; f--) {
                levels[f] = (pattern & 0xF) - 1;
                pattern >>>= 4;
            }
            return levels;
        }
    }
}

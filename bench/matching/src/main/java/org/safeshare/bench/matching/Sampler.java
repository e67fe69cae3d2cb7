package org.safeshare.bench.matching;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws ranks 0..n-1 with Zipf weights 1/(rank+1)^s, so a few names are very common and many are rare. */
final class Sampler {

    private final double[] cumulative;

    Sampler(int n, double s) {
        cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1 / Math.pow(i + 1, s);
            cumulative[i] = total;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= total;
        }
    }

    int next(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }
}

package org.safeshare.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Distinct addresses with their words as sorted hashes, so two addresses compare without splitting strings. */
final class AddressVocabulary extends Vocabulary {

    private final List<int[]> words = new ArrayList<>();

    @Override
    void added(int id, String value) {
        words.add(Arrays.stream(value.split(" ")).mapToInt(String::hashCode).distinct().sorted().toArray());
    }

    /** Jaccard similarity of the two addresses' word sets. */
    double overlap(int a, int b) {
        int[] x = words.get(a);
        int[] y = words.get(b);
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared / (double) (x.length + y.length - shared);
    }
}

package org.safeshare.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct values of one field, each stored once with how many indexed records hold it. Names repeat a
 * great deal (a few thousand spellings cover most children), so records keep small ids instead of strings:
 * this is most of what keeps the index under 2 KB of heap per record.
 */
sealed class Vocabulary permits NameVocabulary, AddressVocabulary, Vocabulary.Plain {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private int[] counts = new int[1024];
    private long total;

    /** The id of a normalised value (-1 for the empty string); {@code counted} for records that join the index. */
    int add(String value, boolean counted) {
        if (value.isEmpty()) {
            return -1;
        }
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            ids.put(value, id);
            values.add(value);
            if (id == counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
            added(id, value);
        }
        if (counted) {
            counts[id]++;
            total++;
        }
        return id;
    }

    /**
     * Sets this value's count and the total as a larger population holds them (the stored index), so that its term
     * frequency is the partnership's, not that of the few records loaded to score.
     */
    void assume(String value, long count, long population) {
        int id = add(value, false);
        if (id >= 0) {
            counts[id] = (int) Math.min(Integer.MAX_VALUE, count);
            total = Math.max(population, 1);
        }
    }

    /** Hook for derived per-value data (phonetic codes, word hashes), computed once per distinct value. */
    void added(int id, String value) {}

    String value(int id) {
        return values.get(id);
    }

    int size() {
        return values.size();
    }

    /** The share of indexed values equal to this one, at least one in {@code total}: a term frequency. */
    double frequency(int id) {
        return total == 0 ? 1 : Math.max(1, counts[id]) / (double) total;
    }

    /** A vocabulary with nothing derived from its values. */
    static final class Plain extends Vocabulary {}
}

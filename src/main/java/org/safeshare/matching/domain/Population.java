package org.safeshare.matching.domain;

import java.util.Map;

/**
 * How many records the partnership's index holds, and how many hold each of the query's exact names: the prior (about one
 * other record of each child among them) and the term frequencies, read from the stored index rather than from the
 * handful of candidates a lookup scores.
 */
public record Population(long records, Map<IndexEntries.Term, Long> holding) {

    public Population {
        holding = Map.copyOf(holding);
    }
}

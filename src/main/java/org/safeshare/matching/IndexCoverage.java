package org.safeshare.matching;

/**
 * Whether the partnership's linkage index holds every child's record yet: while it is still being built, an answer that
 * comes from it (who else holds a record, linked records) may be incomplete, and says so rather than looking complete.
 */
public record IndexCoverage(long recordsNotYetIndexed) {

    public static final IndexCoverage COMPLETE = new IndexCoverage(0);

    public boolean complete() {
        return recordsNotYetIndexed == 0;
    }
}

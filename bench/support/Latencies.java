package support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The latencies of one kind of request in a bench run, sorted, and their percentiles in milliseconds, the one way every
 * bench client reports them. A percentile is taken by nearest rank: p99 is the smallest latency that 99% of the requests
 * took at most (with 200 requests, the 198th fastest).
 */
public record Latencies(List<Long> sortedNanos) {

    /** The latencies in nanoseconds, in any order (the collection is copied). */
    public static Latencies of(Collection<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Latencies(List.copyOf(sorted));
    }

    public int count() {
        return sortedNanos.size();
    }

    public boolean isEmpty() {
        return sortedNanos.isEmpty();
    }

    /** The percentile {@code q} (0.5 for the median, 1 for the slowest) in milliseconds; 0 when there were no requests. */
    public double ms(double q) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sortedNanos.size());
        return sortedNanos.get(Math.clamp(rank - 1, 0, sortedNanos.size() - 1)) / 1e6;
    }

    /** The slowest request in milliseconds; 0 when there were none. */
    public double maxMs() {
        return ms(1);
    }
}

package org.safeshare.exchange;

import java.util.List;
import java.util.Map;
import org.safeshare.exchange.domain.Urgency;

/**
 * One page of an inbox or outbox, and the open counts of its side by urgency (the dashboard's figures).
 *
 * @param page numbered from 1
 */
public record RequestList(List<RequestRow> rows, int page, boolean hasMore, Map<Urgency, Counts> open) {

    public static final int PAGE_SIZE = 50;

    public RequestList {
        rows = List.copyOf(rows);
        open = Map.copyOf(open);
    }

    /** Open requests of one urgency and how many of them are past their deadline. */
    public record Counts(int open, int overdue) {}

    /** What to list: open ones only or all, of one urgency or any, least time left first or most, which page. */
    public record Filter(boolean openOnly, java.util.Optional<Urgency> urgency, boolean soonestFirst, int page) {

        public static final Filter DEFAULT = new Filter(true, java.util.Optional.empty(), true, 1);

        public Filter {
            page = Math.max(1, Math.min(page, 10_000));
        }
    }
}

package org.safeshare.exchange;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.safeshare.platform.calendar.WorkingCalendar;

/**
 * Partnerships' calendars kept for a minute after they are read, so the MASH queue does not read the working hours and
 * closures on every request (docs/referrals-performance.md). A change on this instance forgets its partnership's
 * calendar once committed; other instances see it within the minute. Bounded by the number of partnerships.
 */
final class RecentCalendars {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private record Kept(WorkingCalendar calendar, long readAt) {}

    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

    WorkingCalendar get(UUID partnership, Function<UUID, WorkingCalendar> read) {
        long now = System.nanoTime();
        Kept found = kept.get(partnership);
        if (found == null || now - found.readAt() > MINUTE) {
            found = new Kept(read.apply(partnership), now);
            kept.put(partnership, found);
        }
        return found.calendar();
    }

    void forget(UUID partnership) {
        kept.remove(partnership);
    }
}

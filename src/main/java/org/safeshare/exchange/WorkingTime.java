package org.safeshare.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.safeshare.platform.calendar.WorkingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's working time for other modules' deadlines: its working hours, less the bank holidays of England and
 * Wales and its own closures ({@link ExchangeSettings#calendar}), without exposing the calendar itself. The referrals
 * module counts the MASH's "one working day" with it (Working Together to Safeguard Children 2023, chapter 2).
 */
@Service
@Transactional(readOnly = true)
public class WorkingTime {

    private final ExchangeSettings settings;

    WorkingTime(ExchangeSettings settings) {
        this.settings = settings;
    }

    /** The same time on the partnership's next working day: one working day's worth of working hours after {@code from}. */
    public Instant oneWorkingDayAfter(UUID partnership, Instant from) {
        WorkingCalendar calendar = settings.calendar(partnership);
        Duration day = Duration.between(calendar.hours().opens(), calendar.hours().closes());
        return calendar.afterWorkingTime(from, day);
    }

    /**
     * The working time left before each deadline (zero once it has passed), in the order given, for display: counted with
     * the calendar kept for a minute ({@link ExchangeSettings#recentCalendar}), not read on every request.
     */
    public java.util.List<Duration> left(UUID partnership, Instant now, java.util.List<Instant> deadlines) {
        WorkingCalendar calendar = settings.recentCalendar(partnership);
        return deadlines.stream().map(due -> calendar.workingTimeBetween(now, due)).toList();
    }
}

package org.safeshare.exchange.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.safeshare.platform.web.LondonDates;
import org.springframework.stereotype.Component;

/** Deadlines as pages show them: the time in England, and the time left (or overdue) in words. */
@Component("requestTimes")
public class RequestTimes {


    private final Clock clock;

    RequestTimes(Clock clock) {
        this.clock = clock;
    }

    public String at(Instant instant) {
        return LondonDates.dateTime(instant);
    }

    /** For example "3 hours 20 minutes left" or "Overdue by 2 days 1 hour". */
    public String left(Instant due) {
        Duration left = Duration.between(clock.instant(), due);
        return left.isNegative() ? "Overdue by " + words(left.negated()) : words(left) + " left";
    }

    public boolean overdue(Instant due) {
        return due.isBefore(clock.instant());
    }

    static String words(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
        }
        return plural(Math.max(minutes, 1), "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}

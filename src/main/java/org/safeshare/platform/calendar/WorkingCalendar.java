package org.safeshare.platform.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Working time: the partnership's working hours on its working days, less the bank holidays of England and Wales and
 * the partnership's own closures. Instants go through the zone's rules, so deadlines across a change of the clocks
 * (last Sunday of March and of October) count real working hours, not wall-clock arithmetic.
 */
public final class WorkingCalendar {

    /** No working day within this many days means the calendar is unusable (a partnership closed for a year). */
    private static final int SEARCH_LIMIT_DAYS = 400;

    private final WorkingHours hours;
    private final Set<LocalDate> closed;

    public WorkingCalendar(WorkingHours hours, Set<LocalDate> extraClosures) {
        this.hours = Objects.requireNonNull(hours);
        Set<LocalDate> all = new HashSet<>(BankHolidays.englandAndWales());
        all.addAll(extraClosures);
        this.closed = Set.copyOf(all);
    }

    /** The default office hours and the bank holidays of England and Wales only. */
    public static WorkingCalendar standard() {
        return new WorkingCalendar(WorkingHours.OFFICE, Set.of());
    }

    public WorkingHours hours() {
        return hours;
    }

    public boolean isWorkingDay(LocalDate day) {
        return hours.days().contains(day.getDayOfWeek()) && !closed.contains(day);
    }

    /** The first working day after {@code day}: the Tuesday after a bank holiday Monday, the Monday after a Friday. */
    public LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, next = next.plusDays(1)) {
            if (isWorkingDay(next)) {
                return next;
            }
        }
        throw new IllegalStateException("No working day found");
    }

    /** The instant that lies {@code amount} of working time after {@code from}; time outside working hours does not count. */
    public Instant afterWorkingTime(Instant from, Duration amount) {
        requireNotNegative(amount);
        Duration left = amount;
        LocalDate day = local(from).toLocalDate();
        for (int i = 0; i < SEARCH_LIMIT_DAYS * 10; i++, day = day.plusDays(1)) {
            Optional<Window> window = window(day, from);
            if (window.isPresent()) {
                Duration available = Duration.between(window.get().start(), window.get().end());
                if (left.compareTo(available) <= 0) {
                    return window.get().start().plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("No working time found");
    }

    /** {@code hours} working hours after {@code from}. */
    public Instant afterWorkingHours(Instant from, long workingHours) {
        return afterWorkingTime(from, Duration.ofHours(workingHours));
    }

    /**
     * The close of the {@code days}th working day after the day of {@code from}: a request received on Monday with two
     * working days is due at Wednesday's close, whatever the time on Monday. Zero days means the close of the working
     * day it arrived on, or of the next one if it arrived on a day off.
     */
    public Instant afterWorkingDays(Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("A number of working days is not negative");
        }
        LocalDate day = local(from).toLocalDate();
        // Arriving after the close is arriving on the next working day.
        int counted = isWorkingDay(day) && local(from).toLocalTime().isBefore(hours.closes()) ? 0 : -1;
        for (int i = 0; i < SEARCH_LIMIT_DAYS * 10; i++) {
            if (counted >= days && isWorkingDay(day)) {
                return ZonedDateTime.of(day, hours.closes(), hours.zone()).toInstant();
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        throw new IllegalStateException("No working day found");
    }

    /** The working time between two instants (zero when {@code to} is not after {@code from}): a deadline's time left. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = local(to).toLocalDate();
        for (LocalDate day = local(from).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Optional<Window> window = window(day, from);
            if (window.isPresent() && window.get().start().isBefore(to)) {
                Instant end = window.get().end().isBefore(to) ? window.get().end() : to;
                total = total.plus(Duration.between(window.get().start(), end));
            }
        }
        return total;
    }

    /** Whether an instant falls within working hours (the close included: a deadline may fall on it). */
    public boolean isWithinWorkingHours(Instant at) {
        ZonedDateTime local = local(at);
        return isWorkingDay(local.toLocalDate()) && !local.toLocalTime().isBefore(hours.opens())
                && !local.toLocalTime().isAfter(hours.closes());
    }

    /** The part of a day's working hours that lies at or after {@code notBefore}, if any. */
    private Optional<Window> window(LocalDate day, Instant notBefore) {
        if (!isWorkingDay(day)) {
            return Optional.empty();
        }
        Instant opens = ZonedDateTime.of(day, hours.opens(), hours.zone()).toInstant();
        Instant closes = ZonedDateTime.of(day, hours.closes(), hours.zone()).toInstant();
        Instant start = opens.isBefore(notBefore) ? notBefore : opens;
        return start.isBefore(closes) ? Optional.of(new Window(start, closes)) : Optional.empty();
    }

    private ZonedDateTime local(Instant at) {
        return at.atZone(hours.zone());
    }

    private static void requireNotNegative(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time is not negative");
        }
    }

    private record Window(Instant start, Instant end) {}
}

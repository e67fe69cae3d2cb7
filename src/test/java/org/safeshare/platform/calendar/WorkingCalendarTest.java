package org.safeshare.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.safeshare.exchange.domain.RagDeadlines;
import org.safeshare.exchange.domain.Urgency;

/** Working time counts only working hours on working days, in England's clock, across bank holidays and clock changes. */
class WorkingCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @Provide
    Arbitrary<Instant> instants() {
        // 2025 to 2028: the years the shipped bank holiday list covers, with eight changes of the clocks.
        return Arbitraries.longs().between(london("2025-01-01T00:00").getEpochSecond(), london("2028-12-01T00:00").getEpochSecond())
                .map(Instant::ofEpochSecond);
    }

    @Property
    void aDeadlineLiesExactlyTheAskedWorkingTimeAfterItsStart(@ForAll("instants") Instant sent,
            @ForAll @IntRange(min = 0, max = 200) int hours) {
        Instant due = CALENDAR.afterWorkingHours(sent, hours);
        assertThat(due).isAfterOrEqualTo(sent);
        assertThat(CALENDAR.workingTimeBetween(sent, due)).isEqualTo(Duration.ofHours(hours));
    }

    @Property
    void aDeadlineOfSomeWorkingTimeFallsWithinWorkingHours(@ForAll("instants") Instant sent,
            @ForAll @IntRange(min = 1, max = 10_000) int minutes) {
        assertThat(CALENDAR.isWithinWorkingHours(CALENDAR.afterWorkingTime(sent, Duration.ofMinutes(minutes)))).isTrue();
    }

    @Property
    void workingTimeAddsUp(@ForAll("instants") Instant sent, @ForAll @IntRange(min = 0, max = 3_000) int first,
            @ForAll @IntRange(min = 1, max = 3_000) int second) {
        Instant stepwise = CALENDAR.afterWorkingTime(CALENDAR.afterWorkingTime(sent, Duration.ofMinutes(first)), Duration.ofMinutes(second));
        assertThat(stepwise).isEqualTo(CALENDAR.afterWorkingTime(sent, Duration.ofMinutes(first + second)));
    }

    @Property
    void aLaterRequestIsNeverDueEarlier(@ForAll("instants") Instant sent, @ForAll @IntRange(min = 0, max = 500_000) int laterBySeconds,
            @ForAll @IntRange(min = 1, max = 72) int hours) {
        Instant later = sent.plusSeconds(laterBySeconds);
        assertThat(CALENDAR.afterWorkingHours(later, hours)).isAfterOrEqualTo(CALENDAR.afterWorkingHours(sent, hours));
    }

    @Property
    void aDeadlineInWorkingDaysIsTheCloseOfAWorkingDay(@ForAll("instants") Instant sent, @ForAll @IntRange(min = 0, max = 30) int days) {
        Instant due = CALENDAR.afterWorkingDays(sent, days);
        LocalDateTime local = LocalDateTime.ofInstant(due, LONDON);
        assertThat(CALENDAR.isWorkingDay(local.toLocalDate())).isTrue();
        assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(due).isAfter(sent);
        LocalDate sentOn = LocalDateTime.ofInstant(sent, LONDON).toLocalDate();
        long workingDaysAfterSending = sentOn.plusDays(1).datesUntil(local.toLocalDate().plusDays(1)).filter(CALENDAR::isWorkingDay).count();
        // Sent on a day off or after the close, the next working day is day zero; sent in a working day, that day is.
        boolean sentInAWorkingDay = CALENDAR.isWorkingDay(sentOn) && LocalDateTime.ofInstant(sent, LONDON).toLocalTime().isBefore(LocalTime.of(17, 0));
        assertThat(workingDaysAfterSending).isEqualTo(sentInAWorkingDay ? days : days + 1);
    }

    @Test
    void fourWorkingHoursFromLateFridayEndOnMondayMorning() {
        assertThat(CALENDAR.afterWorkingHours(london("2026-11-27T15:30"), 4)).isEqualTo(london("2026-11-30T11:30"));
    }

    @Test
    void aRequestSentOvernightStartsCountingWhenTheOfficeOpens() {
        assertThat(CALENDAR.afterWorkingHours(london("2026-11-24T22:00"), 4)).isEqualTo(london("2026-11-25T13:00"));
        assertThat(CALENDAR.afterWorkingHours(london("2026-11-28T10:00"), 4)).isEqualTo(london("2026-11-30T13:00"));
    }

    @Test
    void christmasAndTheSubstituteBoxingDayAreNotWorkingDays() {
        // 25 December 2026 is a Friday; Boxing Day falls on the Saturday, so Monday 28 December is the bank holiday.
        assertThat(CALENDAR.afterWorkingHours(london("2026-12-24T16:00"), 4)).isEqualTo(london("2026-12-29T12:00"));
        assertThat(CALENDAR.afterWorkingHours(london("2026-12-24T16:00"), 24)).isEqualTo(london("2026-12-31T16:00"));
    }

    @Test
    void easterIsSkipped() {
        // Good Friday 3 April and Easter Monday 6 April 2026.
        assertThat(CALENDAR.afterWorkingHours(london("2026-04-02T15:00"), 4)).isEqualTo(london("2026-04-07T11:00"));
    }

    @Test
    void theClocksGoingForwardDoNotShortenTheWorkingDay() {
        // Clocks go forward at 01:00 GMT on Sunday 29 March 2026: Monday's 09:00 is 08:00 UTC, Friday's 09:00 was 09:00 UTC.
        Instant due = CALENDAR.afterWorkingHours(london("2026-03-27T15:00"), 4);
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
        assertThat(CALENDAR.workingTimeBetween(london("2026-03-27T15:00"), due)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void theClocksGoingBackDoNotLengthenTheWorkingDay() {
        // Clocks go back at 02:00 BST on Sunday 25 October 2026.
        assertThat(CALENDAR.afterWorkingHours(london("2026-10-23T16:00"), 2)).isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
    }

    @Test
    void aSeventyTwoHourGreenDeadlineRunsThroughTheWeekend() {
        assertThat(RagDeadlines.DEFAULT.due(Urgency.GREEN, london("2026-11-27T10:00"), CALENDAR)).isEqualTo(london("2026-11-30T10:00"));
        assertThat(RagDeadlines.DEFAULT.due(Urgency.RED, london("2026-11-27T10:00"), CALENDAR)).isEqualTo(london("2026-11-27T14:00"));
        assertThat(RagDeadlines.DEFAULT.due(Urgency.AMBER, london("2026-11-27T10:00"), CALENDAR)).isEqualTo(london("2026-12-02T10:00"));
    }

    @Test
    void twoWorkingDaysFromMondayEndAtWednesdaysClose() {
        assertThat(CALENDAR.afterWorkingDays(london("2026-11-23T10:00"), 2)).isEqualTo(london("2026-11-25T17:00"));
        assertThat(CALENDAR.afterWorkingDays(london("2026-11-28T10:00"), 0)).isEqualTo(london("2026-11-30T17:00"));
    }

    @Test
    void aPartnershipsOwnClosureIsSkipped() {
        WorkingCalendar closed = new WorkingCalendar(WorkingHours.OFFICE, Set.of(LocalDate.of(2026, 11, 30)));
        assertThat(closed.afterWorkingHours(london("2026-11-27T15:30"), 4)).isEqualTo(london("2026-12-01T11:30"));
    }

    @Test
    void aPartnershipsOwnHoursAreUsed() {
        WorkingCalendar extended = new WorkingCalendar(new WorkingHours(LONDON, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                LocalTime.of(8, 0), LocalTime.of(18, 0)), Set.of());
        assertThat(extended.afterWorkingHours(london("2026-11-27T16:00"), 4)).isEqualTo(london("2026-11-28T10:00"));
    }

    @Test
    void everyShippedBankHolidayIsAWeekdayWithinTheCoveredYears() {
        assertThat(BankHolidays.englandAndWales()).hasSize(32).allSatisfy(day -> {
            assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(day.getYear()).isBetween(BankHolidays.FIRST_YEAR, BankHolidays.LAST_YEAR);
        });
    }
}

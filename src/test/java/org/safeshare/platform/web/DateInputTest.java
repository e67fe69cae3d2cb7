package org.safeshare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The GOV.UK date input pattern's error messages, and dates written the GOV.UK way in London time. */
class DateInputTest {

    @Test
    void nothingEnteredIsNoProblemAndNoDate() {
        DateInput blank = new DateInput(" ", null, "");
        assertThat(blank.problem("Date of birth")).isEmpty();
        assertThat(blank.date()).isEmpty();
    }

    @Test
    void aMissingPartIsNamedWithTheDatesLabel() {
        assertThat(new DateInput("", "3", "2015").problem("Date of birth")).contains("Date of birth must include a day");
        assertThat(new DateInput("27", "", "2015").problem("Date of birth")).contains("Date of birth must include a month");
        assertThat(new DateInput("27", "3", "").problem("Date of birth")).contains("Date of birth must include a year");
    }

    @Test
    void aYearMustHaveFourNumbers() {
        assertThat(new DateInput("27", "3", "15").problem("Date of birth")).contains("Year must include 4 numbers");
    }

    @Test
    void aDateThatDoesNotExistMustBeARealDate() {
        assertThat(new DateInput("30", "2", "2015").problem("Expiry date")).contains("Expiry date must be a real date");
        assertThat(new DateInput("x", "3", "2015").problem("Expiry date")).contains("Expiry date must be a real date");
    }

    @Test
    void aRealDateIsReadWithSpacesAroundTheNumbers() {
        DateInput entered = new DateInput(" 27 ", "03", "2015 ");
        assertThat(entered.problem("Date of birth")).isEmpty();
        assertThat(entered.date()).contains(LocalDate.of(2015, 3, 27));
    }

    @Test
    void aDateProblemJoinsTheFormsOtherProblemsWithoutHidingThem() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("givenName", "Enter a first name");
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("givenOnDay", "31");
        form.add("givenOnMonth", "4");
        form.add("givenOnYear", "2026");
        assertThat(DateInput.of(form, "givenOn").read("givenOn", "Date consent was given", problems)).isNull();
        assertThat(problems).containsExactly(Map.entry("givenName", "Enter a first name"),
                Map.entry("givenOn", "Date consent was given must be a real date"));
    }

    @Test
    void datesAndTimesAreWrittenTheGovukWayInLondonTime() {
        assertThat(LondonDates.date(LocalDate.of(2015, 3, 27))).isEqualTo("27 March 2015");
        assertThat(LondonDates.dateTime(Instant.parse("2026-07-01T18:45:00Z"))).isEqualTo("1 July 2026 at 7:45pm");
        assertThat(LondonDates.dateTime(Instant.parse("2026-11-22T09:05:00Z"))).isEqualTo("22 November 2026 at 9:05am");
        assertThat(LondonDates.date((Instant) null)).isEmpty();
    }
}

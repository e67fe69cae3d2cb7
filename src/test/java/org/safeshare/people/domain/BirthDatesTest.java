package org.safeshare.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BirthDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        assertThat(BirthDates.problemsWith(PersonKind.CHILD, TODAY.plusDays(1), null, TODAY))
                .containsEntry("dateOfBirth", "Date of birth must be today or in the past");
    }

    @Test
    void aDateOfBirthBefore1900IsRefused() {
        assertThat(BirthDates.problemsWith(PersonKind.ADULT, LocalDate.of(1899, 12, 31), null, TODAY))
                .containsEntry("dateOfBirth", "Date of birth must be on or after 1 January 1900");
    }

    @Test
    void aChildIsUnder18OnTheDayAndAnAdultIs18OrOver() {
        LocalDate eighteenToday = TODAY.minusYears(18);
        assertThat(BirthDates.problemsWith(PersonKind.CHILD, eighteenToday, null, TODAY)).containsKey("dateOfBirth");
        assertThat(BirthDates.problemsWith(PersonKind.ADULT, eighteenToday, null, TODAY)).isEmpty();
        assertThat(BirthDates.problemsWith(PersonKind.CHILD, eighteenToday.plusDays(1), null, TODAY)).isEmpty();
        assertThat(BirthDates.problemsWith(PersonKind.ADULT, eighteenToday.plusDays(1), null, TODAY)).containsKey("dateOfBirth");
    }

    @Test
    void aBornPersonNeedsADateOfBirth() {
        assertThat(BirthDates.problemsWith(PersonKind.ADULT, null, null, TODAY)).containsEntry("dateOfBirth", "Enter date of birth");
    }

    @Test
    void anUnbornBabyIsExpectedWithinTenMonthsAndNoMoreThanAMonthAgo() {
        assertThat(BirthDates.problemsWith(PersonKind.UNBORN, null, TODAY.plusMonths(10), TODAY)).isEmpty();
        assertThat(BirthDates.problemsWith(PersonKind.UNBORN, null, TODAY.plusMonths(10).plusDays(1), TODAY))
                .containsKey("expectedDateOfDelivery");
        assertThat(BirthDates.problemsWith(PersonKind.UNBORN, null, TODAY.minusMonths(1), TODAY)).isEmpty();
        assertThat(BirthDates.problemsWith(PersonKind.UNBORN, null, TODAY.minusMonths(1).minusDays(1), TODAY))
                .containsKey("expectedDateOfDelivery");
    }

    @Test
    void anUnbornBabyHasNoDateOfBirth() {
        assertThat(BirthDates.problemsWith(PersonKind.UNBORN, TODAY, TODAY.plusMonths(2), TODAY)).containsKey("dateOfBirth");
    }

    @Property
    void everyoneBornInThePastIsEitherAChildOrAnAdultButNeverBoth(@ForAll @IntRange(min = 0, max = 45_000) int daysAgo) {
        LocalDate born = TODAY.minusDays(daysAgo);
        boolean child = BirthDates.problemsWith(PersonKind.CHILD, born, null, TODAY).isEmpty();
        boolean adult = BirthDates.problemsWith(PersonKind.ADULT, born, null, TODAY).isEmpty();
        if (!born.isBefore(LocalDate.of(1900, 1, 1))) {
            assertThat(child ^ adult).isTrue();
        }
    }
}

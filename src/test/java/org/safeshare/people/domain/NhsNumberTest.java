package org.safeshare.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void aNumberWithTheRightCheckDigitIsAcceptedWithOrWithoutSpaces() {
        assertThat(NhsNumber.parse("9434765919").accepted()).contains(new NhsNumber("9434765919"));
        assertThat(NhsNumber.parse("943 476 5919").accepted()).contains(new NhsNumber("9434765919"));
    }

    @Test
    void itIsShownInThreeThreeFourGroups() {
        assertThat(new NhsNumber("9434765919").formatted()).isEqualTo("943 476 5919");
    }

    @Test
    void aWrongCheckDigitIsRefusedWithTheReason() {
        assertThat(NhsNumber.parse("9434765918").problem()).contains("Enter a valid NHS number: the check digit does not match");
    }

    @Test
    void aNumberThatIsNotTenDigitsIsRefused() {
        assertThat(NhsNumber.parse("943476591").problem()).contains("NHS number must be 10 digits");
        assertThat(NhsNumber.parse("94347659190").problem()).contains("NHS number must be 10 digits");
    }

    @Test
    void lettersAreRefused() {
        assertThat(NhsNumber.parse("94347A5919").problem()).contains("NHS number must only include numbers and spaces");
    }

    @Test
    void nothingEnteredAsksForANumber() {
        assertThat(NhsNumber.parse("  ").problem()).contains("Enter an NHS number");
    }

    @Test
    void aCheckDigitOfElevenBecomesZero() {
        // 9*10 + 9*9 + 9*8 + 5*2 = 253 = 23 * 11, so 11 - 0 = 11, which the rule writes as 0.
        assertThat(NhsNumber.checkDigit("999000005")).isZero();
        assertThat(NhsNumber.parse("9990000050").accepted()).isPresent();
    }

    @Test
    void aPrefixWhoseCheckDigitWouldBeTenIsNeverValid() {
        // 9*10 + 9*9 + 9*8 = 243, 243 mod 11 = 1, so the check digit would be 10.
        assertThat(NhsNumber.checkDigit("999000000")).isEqualTo(10);
        for (int d = 0; d <= 9; d++) {
            assertThat(NhsNumber.parse("999000000" + d).accepted()).isEmpty();
        }
    }

    @Property
    void everyNineDigitPrefixHasAtMostOneValidCheckDigitAndTheComputedOneValidates(
            @ForAll @IntRange(min = 0, max = 999_999_999) int prefix) {
        String nine = String.format("%09d", prefix);
        long valid = java.util.stream.IntStream.rangeClosed(0, 9)
                .filter(d -> NhsNumber.parse(nine + d).accepted().isPresent()).count();
        int check = NhsNumber.checkDigit(nine);
        assertThat(valid).isLessThanOrEqualTo(1);
        assertThat(valid == 1).isEqualTo(check != 10);
        if (check != 10) {
            assertThat(NhsNumber.parse(nine + check).accepted()).isPresent();
        }
    }

    @Property
    void changingOneDigitOfAValidNumberMakesItInvalid(@ForAll @IntRange(min = 0, max = 999_999_999) int prefix,
            @ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String nine = String.format("%09d", prefix);
        int check = NhsNumber.checkDigit(nine);
        if (check == 10) {
            return;
        }
        char[] digits = (nine + check).toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        assertThat(NhsNumber.parse(new String(digits)).accepted()).isEmpty();
    }
}

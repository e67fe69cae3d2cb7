package org.safeshare.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UniquePupilNumberTest {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /** The check letter worked out here, independently of the class under test, from the DfE rule. */
    private static String withCheckLetter(String lastTwelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = lastTwelve.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23) + lastTwelve;
    }

    @Test
    void aNumberWithTheRightCheckLetterIsAccepted() {
        // LA 999, establishment 2001, allocated in 2015, serial 001.
        String upn = withCheckLetter("999200115001");
        assertThat(UniquePupilNumber.parse(upn).accepted()).isPresent();
        assertThat(UniquePupilNumber.parse(upn.toLowerCase()).accepted()).contains(new UniquePupilNumber(upn));
    }

    @Test
    void aTemporaryNumberWithALetterInPositionTwelveIsAccepted() {
        String upn = withCheckLetter("9992001150" + "A" + "1");
        assertThat(upn.charAt(11)).isEqualTo('A');
        assertThat(UniquePupilNumber.parse(upn).accepted()).hasValueSatisfying(u -> assertThat(u.temporary()).isTrue());
    }

    @Test
    void aWrongCheckLetterIsRefusedWithTheReason() {
        String upn = withCheckLetter("999200115001");
        String wrong = (upn.charAt(0) == 'A' ? "B" : "A") + upn.substring(1);
        assertThat(UniquePupilNumber.parse(wrong).problem()).contains("Enter a valid unique pupil number: the check letter does not match");
    }

    @Test
    void theWrongLengthIsRefused() {
        assertThat(UniquePupilNumber.parse("A12345").problem()).contains("Unique pupil number must be 13 characters");
    }

    @Test
    void lettersOutsidePositionTwelveAreRefused() {
        assertThat(UniquePupilNumber.parse("A9992001150B1".replace("0B", "B0")).problem())
                .contains("Enter a unique pupil number in the correct format, like A123456789012");
        assertThat(UniquePupilNumber.parse("1999200115001").problem())
                .contains("Enter a unique pupil number in the correct format, like A123456789012");
    }

    @Property
    void theComputedCheckLetterAlwaysValidates(@ForAll @IntRange(min = 0, max = 999) int la,
            @ForAll @IntRange(min = 0, max = 9999) int establishment, @ForAll @IntRange(min = 0, max = 99_999) int rest) {
        String lastTwelve = String.format("%03d%04d%05d", la, establishment, rest);
        String upn = UniquePupilNumber.checkLetter(lastTwelve) + lastTwelve;
        assertThat(upn).isEqualTo(withCheckLetter(lastTwelve));
        assertThat(UniquePupilNumber.parse(upn).accepted()).isPresent();
    }
}

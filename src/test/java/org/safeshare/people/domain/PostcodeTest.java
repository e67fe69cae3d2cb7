package org.safeshare.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({"sw1a 1aa, SW1A 1AA", "SW1A1AA, SW1A 1AA", "m1 1ae, M1 1AE", "B33 8TH, B33 8TH", "cr2 6xh, CR2 6XH",
            "DN55 1PT, DN55 1PT", "W1A 0AX, W1A 0AX", "EC1A 1BB, EC1A 1BB", "gir 0aa, GIR 0AA", "  ls1   4ap , LS1 4AP"})
    void realPostcodesAreAcceptedInCapitalsWithOneSpace(String typed, String normal) {
        assertThat(Postcode.parse(typed).accepted()).contains(new Postcode(normal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A", "12345", "QA1 1AA", "SW1A 1AAA", "AB1 1CI", "not a postcode", "GIR 1AA"})
    void somethingThatIsNotAPostcodeIsRefusedInGovukWords(String typed) {
        assertThat(Postcode.parse(typed).problem()).contains("Enter a real postcode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void nothingEnteredAsksForAPostcode(String typed) {
        assertThat(Postcode.parse(typed).problem()).contains("Enter a postcode");
    }
}

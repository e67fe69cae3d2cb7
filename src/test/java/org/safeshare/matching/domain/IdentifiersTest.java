package org.safeshare.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void aValidNhsNumberIsKeptWithOrWithoutSpaces() {
        assertThat(Identifiers.nhsNumber("943 476 5919")).isEqualTo(9434765919L + 1);
        assertThat(Identifiers.nhsNumber("9434765919")).isEqualTo(9434765919L + 1);
    }

    @Test
    void anNhsNumberWithABadCheckDigitIsNeverUsed() {
        assertThat(Identifiers.nhsNumber("9434765918")).isZero();
        assertThat(Identifiers.nhsNumber("943476591")).isZero();
        assertThat(Identifiers.nhsNumber("")).isZero();
    }

    @Test
    void aUpnIsUsedOnlyWhenItsCheckLetterMatches() {
        String twelve = "801200001001";
        String valid = org.safeshare.people.domain.UniquePupilNumber.checkLetter(twelve) + twelve;
        assertThat(Identifiers.upn(valid.toLowerCase())).isEqualTo(valid);
        char wrong = valid.charAt(0) == 'A' ? 'B' : 'A';
        assertThat(Identifiers.upn(wrong + twelve)).isEmpty();
    }
}

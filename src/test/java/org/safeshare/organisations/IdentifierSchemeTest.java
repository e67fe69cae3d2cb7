package org.safeshare.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifierSchemeTest {

    @Test
    void schoolUrnsAreSixDigits() {
        assertThat(IdentifierScheme.SCHOOL_URN.accepts("100001")).isTrue();
        assertThat(IdentifierScheme.SCHOOL_URN.accepts("10001")).isFalse();
        assertThat(IdentifierScheme.SCHOOL_URN.accepts("10000A")).isFalse();
    }

    @Test
    void odsCodesAreUpperCaseAlphanumerics() {
        assertThat(IdentifierScheme.ODS_CODE.accepts("A81001")).isTrue();
        assertThat(IdentifierScheme.ODS_CODE.accepts("a81001")).isFalse();
    }

    @Test
    void anIdentifierOfTheWrongShapeCannotBeMade() {
        assertThatThrownBy(() -> new Identifier(IdentifierScheme.POLICE_FORCE_CODE, "ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.safeshare.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    @Test
    void matchesWinklersPublishedExamples() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, within(0.001));
        assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.840, within(0.001));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
    }

    @Property
    void isSymmetricBoundedAndOneOnlyForEqualStrings(@ForAll @AlphaChars @StringLength(max = 80) String a,
            @ForAll @AlphaChars @StringLength(max = 80) String b) {
        double ab = JaroWinkler.similarity(a, b);
        assertThat(ab).isCloseTo(JaroWinkler.similarity(b, a), within(1e-12)).isBetween(0.0, 1.0);
        if (!a.equals(b)) {
            assertThat(ab).isLessThan(1.0);
        }
    }

    @Property
    void staysBoundedAndExactOnStringsPastSixtyFourCharacters(@ForAll @AlphaChars @StringLength(min = 1, max = 100) String a) {
        // Strings past 64 characters take the array path instead of the bit masks.
        String b = new StringBuilder(a).reverse().toString();
        assertThat(JaroWinkler.similarity(a + a, b + b)).isBetween(0.0, 1.0);
        assertThat(JaroWinkler.similarity(a + a, a + a)).isEqualTo(1.0);
    }

    @Test
    void doubleMetaphoneHearsSmithAndSmythAlike() {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        assertThat(metaphone.isDoubleMetaphoneEqual("smith", "smyth")).isTrue();
    }
}

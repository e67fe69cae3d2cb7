package org.safeshare.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The fast timestamp encoding must give exactly Instant.toString(), or verification would reject honest events. */
class EntryBufferTest {

    private static String written(Instant instant) {
        EntryBuffer buffer = new EntryBuffer();
        buffer.writeInstant(instant);
        ByteBuffer bytes = ByteBuffer.wrap(buffer.toBytes());
        int length = bytes.getInt();
        return new String(buffer.toBytes(), 4, length, StandardCharsets.UTF_8);
    }

    @Property
    void anyInstantIsWrittenExactlyAsItsToString(@ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long seconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant instant = Instant.ofEpochSecond(seconds, nanos);
        assertThat(written(instant)).isEqualTo(instant.toString());
    }

    @Test
    void roundFractionsUseThreeSixOrNoDigitsLikeToString() {
        for (Instant instant : new Instant[] {Instant.parse("2026-11-22T19:57:00Z"), Instant.parse("2026-11-22T19:57:00.120Z"),
                Instant.parse("2026-11-22T19:57:00.000120Z"), Instant.parse("2026-11-22T19:57:00.000000120Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("1969-12-31T23:59:59.999Z")}) {
            assertThat(written(instant)).isEqualTo(instant.toString());
        }
    }
}

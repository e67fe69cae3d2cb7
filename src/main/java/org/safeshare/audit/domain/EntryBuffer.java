package org.safeshare.audit.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A reusable buffer for the canonical encoding, so verifying a million events does not allocate a million arrays. */
final class EntryBuffer {

    private byte[] bytes = new byte[512];
    private int length;

    void reset() {
        length = 0;
    }

    void writeByte(int value) {
        ensure(1);
        bytes[length++] = (byte) value;
    }

    void writeInt(int value) {
        ensure(4);
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    /** Length-prefixed UTF-8. The JDK's encoder copies ASCII (ids and codes) in bulk, faster than a char loop. */
    void writeString(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    /**
     * Exactly the bytes of {@code instant.toString()} (ISO-8601, UTC, 0, 3, 6 or 9 fraction digits),
     * written without a formatter: it is on the hot path of verifying millions of events.
     */
    void writeInstant(java.time.Instant instant) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, java.time.ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            writeString(instant.toString());
            return;
        }
        int nanos = instant.getNano();
        int digits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        int n = 20 + (digits == 0 ? 0 : digits + 1);
        writeInt(n);
        ensure(n);
        digits(t.getYear(), 4);
        bytes[length++] = '-';
        digits(t.getMonthValue(), 2);
        bytes[length++] = '-';
        digits(t.getDayOfMonth(), 2);
        bytes[length++] = 'T';
        digits(t.getHour(), 2);
        bytes[length++] = ':';
        digits(t.getMinute(), 2);
        bytes[length++] = ':';
        digits(t.getSecond(), 2);
        if (digits > 0) {
            bytes[length++] = '.';
            digits(nanos / (digits == 3 ? 1_000_000 : digits == 6 ? 1_000 : 1), digits);
        }
        bytes[length++] = 'Z';
    }

    private void digits(int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            bytes[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}

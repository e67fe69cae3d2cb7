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

    /** Length-prefixed UTF-8; ids and codes are ASCII, so that path copies characters directly. */
    void writeString(String value) {
        int n = value.length();
        ensure(4 + n);
        int start = length + 4;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                writeInt(utf8.length);
                ensure(utf8.length);
                System.arraycopy(utf8, 0, bytes, length, utf8.length);
                length += utf8.length;
                return;
            }
            bytes[start + i] = (byte) c;
        }
        writeInt(n);
        length += n;
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

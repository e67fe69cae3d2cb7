package org.safeshare.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a sealed value belongs to: its purpose (which column of which module) and its record's id. It is
 * the associated data of the encryption, so a ciphertext copied to another row or column does not open.
 */
public record Binding(String purpose, String recordId) {

    public Binding {
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(recordId);
        if (purpose.contains("|")) {
            throw new IllegalArgumentException("A purpose may not contain '|'");
        }
    }

    byte[] associatedData() {
        return ("safeshare|" + purpose + "|" + recordId).getBytes(StandardCharsets.UTF_8);
    }
}

package org.safeshare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeshare.platform.crypto.Binding;
import org.safeshare.platform.crypto.EnvelopeEncryption;
import org.safeshare.platform.crypto.Keysets;

/** Envelope encryption with a key-encryption keyset outside the database, and its rotation (ADR 0007). */
class EnvelopeEncryptionTest {

    private static final byte[] SECRET = "JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.UTF_8);
    private static final Binding ROW = new Binding("accounts.totp-secret", "4b1e0c5e-0000-4000-8000-000000000001");

    @Test
    void aSealedValueOpensOnlyForItsOwnRowAndPurpose() throws Exception {
        EnvelopeEncryption encryption = new EnvelopeEncryption(Keysets.generate());
        byte[] sealed = encryption.seal(SECRET, ROW);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("JBSWY3DP");
        assertThat(encryption.open(sealed, ROW)).isEqualTo(SECRET);
        assertThat(encryption.seal(SECRET, ROW)).as("a fresh data key each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> encryption.open(sealed, new Binding(ROW.purpose(), "another-row")))
                .isInstanceOf(EnvelopeEncryption.SealedValueUnreadableException.class);
        assertThatThrownBy(() -> encryption.open(sealed, new Binding("exchange.disclosure", ROW.recordId())))
                .isInstanceOf(EnvelopeEncryption.SealedValueUnreadableException.class);
    }

    @Test
    void anotherKeysetCannotOpenIt() throws Exception {
        byte[] sealed = new EnvelopeEncryption(Keysets.generate()).seal(SECRET, ROW);
        assertThatThrownBy(() -> new EnvelopeEncryption(Keysets.generate()).open(sealed, ROW))
                .isInstanceOf(EnvelopeEncryption.SealedValueUnreadableException.class);
    }

    @Test
    void aValueSealedUnderTheOldPrimaryStillOpensAfterRotationAndCanBeResealedBeforeTheOldKeyIsRetired() throws Exception {
        KeysetHandle original = Keysets.generate();
        byte[] old = new EnvelopeEncryption(original).seal(SECRET, ROW);

        KeysetHandle rotated = Keysets.rotate(original);
        assertThat(rotated.size()).isEqualTo(2);
        EnvelopeEncryption afterRotation = new EnvelopeEncryption(rotated);
        assertThat(afterRotation.open(old, ROW)).isEqualTo(SECRET);
        assertThat(afterRotation.needsResealing(old)).isTrue();

        byte[] resealed = afterRotation.seal(afterRotation.open(old, ROW), ROW);
        assertThat(afterRotation.needsResealing(resealed)).isFalse();

        EnvelopeEncryption retired = new EnvelopeEncryption(Keysets.retireOldKeys(rotated));
        assertThat(retired.open(resealed, ROW)).isEqualTo(SECRET);
        assertThatThrownBy(() -> retired.open(old, ROW)).isInstanceOf(EnvelopeEncryption.SealedValueUnreadableException.class);
    }

    @Test
    void theKeysetFileIsReadableByItsOwnerOnlyAndReadsBackTheSameKeys(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("keys/keyset.json");
        KeysetHandle keyset = Keysets.generate();
        Keysets.write(file, keyset);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        byte[] sealed = new EnvelopeEncryption(keyset).seal(SECRET, ROW);
        assertThat(new EnvelopeEncryption(Keysets.read(file)).open(sealed, ROW)).isEqualTo(SECRET);
    }
}

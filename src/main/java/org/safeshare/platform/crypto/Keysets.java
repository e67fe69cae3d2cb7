package org.safeshare.platform.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * The key-encryption keyset file: a Tink keyset of AES-256-GCM keys, one of them primary. New data
 * keys are wrapped by the primary; the others stay so that what they wrapped still opens until it is
 * re-sealed (rotation, ADR 0007).
 */
public final class Keysets {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Keysets() {}

    public static KeysetHandle generate() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    }

    /** Adds a new AES-256-GCM key and makes it primary; the earlier keys stay, still able to unwrap. */
    public static KeysetHandle rotate(KeysetHandle keyset) throws GeneralSecurityException {
        return KeysetHandle.newBuilder(keyset)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
                .build();
    }

    /** Drops every key but the primary: only once everything sealed has been re-sealed under it. */
    public static KeysetHandle retireOldKeys(KeysetHandle keyset) throws GeneralSecurityException {
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
        for (int i = builder.size() - 1; i >= 0; i--) {
            if (!builder.getAt(i).isPrimary()) {
                builder.deleteAt(i);
            }
        }
        return builder.build();
    }

    public static KeysetHandle read(Path file) throws IOException, GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
    }

    /** Writes the keyset readable by its owner only, replacing the file in one step. */
    public static void write(Path file, KeysetHandle keyset) throws IOException, GeneralSecurityException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".new");
        Files.writeString(temporary, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
        SecretFiles.restrictToOwner(temporary);
        Files.move(temporary, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}

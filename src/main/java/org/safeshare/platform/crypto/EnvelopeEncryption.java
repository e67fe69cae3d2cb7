package org.safeshare.platform.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.KmsEnvelopeAead;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

/**
 * Seals secrets and personal data for storage: each value gets a fresh AES-256-GCM data key, which is
 * wrapped by the primary key of the key-encryption keyset held outside the database (Tink's envelope
 * encryption). The {@link Binding} is authenticated with the value, so a sealed value opens only in
 * the row and for the purpose it was sealed for. ADR 0007 describes the keyset and its rotation.
 */
public final class EnvelopeEncryption {

    private static final AesGcmParameters DATA_KEY;

    static {
        try {
            DATA_KEY = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12).setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead envelope;
    private final int primaryKeyId;

    public EnvelopeEncryption(KeysetHandle keyEncryptionKeys) throws GeneralSecurityException {
        Keysets.class.getName(); // registers the AEAD key types
        Aead keyEncryption = keyEncryptionKeys.getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.envelope = KmsEnvelopeAead.create(DATA_KEY, keyEncryption);
        this.primaryKeyId = keyEncryptionKeys.getPrimary().getId();
    }

    public byte[] seal(byte[] plaintext, Binding binding) {
        try {
            return envelope.encrypt(plaintext, binding.associatedData());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    /**
     * Opens a sealed value. Failing to open is never a user's mistake: the keyset is not the one that
     * sealed it, or the value was moved or changed in the database; so it is an exception, not a result.
     */
    public byte[] open(byte[] sealed, Binding binding) {
        try {
            return envelope.decrypt(sealed, binding.associatedData());
        } catch (GeneralSecurityException e) {
            throw new SealedValueUnreadableException(binding.purpose());
        }
    }

    /**
     * Whether the value's data key was wrapped by a key other than the current primary, so that it should
     * be re-sealed (open, then seal) before the old key is retired. Reads Tink's envelope layout: the
     * wrapped data key's length (4 bytes), then the wrapped key, which starts with a version byte and the
     * 4-byte id of the key that wrapped it.
     */
    public boolean needsResealing(byte[] sealed) {
        if (sealed.length < 9) {
            return true;
        }
        return ByteBuffer.wrap(sealed, 5, 4).getInt() != primaryKeyId;
    }

    /** A sealed value that this keyset cannot open for this binding. */
    public static final class SealedValueUnreadableException extends IllegalStateException {
        SealedValueUnreadableException(String purpose) {
            super("A sealed " + purpose + " could not be opened: wrong keyset, or the value was moved or changed");
        }
    }
}

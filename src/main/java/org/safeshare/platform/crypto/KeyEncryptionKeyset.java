package org.safeshare.platform.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the key-encryption keyset file at start-up (generating one where the profile allows: demo and tests). */
@Configuration(proxyBeanMethods = false)
class KeyEncryptionKeyset {

    private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKeyset.class);

    @Bean
    EnvelopeEncryption envelopeEncryption(CryptoProperties properties) throws IOException, GeneralSecurityException {
        return new EnvelopeEncryption(load(properties));
    }

    private static KeysetHandle load(CryptoProperties properties) throws IOException, GeneralSecurityException {
        if (properties.keysetFile() == null || properties.keysetFile().isBlank()) {
            throw new IllegalStateException("Set SAFESHARE_KEYSET_FILE to the key-encryption keyset file (see README and ADR 0007)");
        }
        Path file = Path.of(properties.keysetFile());
        if (Files.exists(file)) {
            return Keysets.read(file);
        }
        if (!properties.generateKeyset()) {
            throw new IllegalStateException("The key-encryption keyset file does not exist: " + file);
        }
        KeysetHandle generated = Keysets.generate();
        Keysets.write(file, generated);
        log.info("Generated a key-encryption keyset, primary key id {}", Integer.toUnsignedString(generated.getPrimary().getId()));
        return generated;
    }
}

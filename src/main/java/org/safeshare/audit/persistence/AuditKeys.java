package org.safeshare.audit.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import org.safeshare.audit.AuditProperties;
import org.safeshare.audit.domain.SigningKeys;
import org.safeshare.platform.crypto.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The checkpoint signing key, read from a file outside the database, and the public keys verification
 * trusts: the current key's and those of earlier keys kept after a rotation (README, ADR 0005).
 */
@Component
public class AuditKeys {

    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);

    private final KeyPair signing;
    private final Map<String, PublicKey> trusted;

    AuditKeys(AuditProperties properties) throws IOException, GeneralSecurityException {
        this.signing = load(properties);
        Map<String, PublicKey> keys = new HashMap<>();
        keys.put(SigningKeys.keyId(signing.getPublic()), signing.getPublic());
        for (String file : properties.trustedPublicKeyFiles()) {
            PublicKey key = SigningKeys.readPublicPem(Files.readString(Path.of(file.trim())));
            keys.put(SigningKeys.keyId(key), key);
        }
        this.trusted = Map.copyOf(keys);
    }

    public KeyPair signing() {
        return signing;
    }

    public Map<String, PublicKey> trusted() {
        return trusted;
    }

    private static KeyPair load(AuditProperties properties) throws IOException, GeneralSecurityException {
        if (properties.signingKeyFile() == null || properties.signingKeyFile().isBlank()) {
            throw new IllegalStateException("Set SAFESHARE_AUDIT_SIGNING_KEY_FILE to the audit checkpoint signing key (see README)");
        }
        Path file = Path.of(properties.signingKeyFile());
        if (Files.exists(file)) {
            return SigningKeys.readPrivatePem(Files.readString(file));
        }
        if (!properties.generateSigningKey()) {
            throw new IllegalStateException("The audit signing key file does not exist: " + file);
        }
        KeyPair generated = SigningKeys.generate();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, SigningKeys.privatePem(generated.getPrivate()));
        if (!SecretFiles.restrictToOwner(file)) {
            log.warn("Could not restrict the permissions of the audit signing key file");
        }
        log.info("Generated an audit signing key, id {}", SigningKeys.keyId(generated.getPublic()));
        return generated;
    }
}

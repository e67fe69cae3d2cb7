package org.safeshare.platform.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key-encryption keyset lives: a file outside the database and its backups, so that a copy
 * of the database alone does not reveal what is sealed in it (ADR 0007).
 */
@ConfigurationProperties("safeshare.crypto")
public record CryptoProperties(String keysetFile, @DefaultValue("false") boolean generateKeyset) {}

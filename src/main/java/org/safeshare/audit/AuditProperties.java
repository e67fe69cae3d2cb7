package org.safeshare.audit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log's settings. The signing key lives outside the database (a file), so whoever can rewrite
 * the database still cannot sign a checkpoint; trusted public keys are the old keys kept after a rotation.
 */
@ConfigurationProperties("safeshare.audit")
public record AuditProperties(String signingKeyFile, @DefaultValue("false") boolean generateSigningKey,
        @DefaultValue List<String> trustedPublicKeyFiles, @DefaultValue("2s") Duration sequenceInterval,
        @DefaultValue("1m") Duration checkpointInterval, @DefaultValue("true") boolean schedulerEnabled) {}

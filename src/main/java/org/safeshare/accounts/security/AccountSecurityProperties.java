package org.safeshare.accounts.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in rules a deployment may tune; README documents the environment variables. */
@ConfigurationProperties("safeshare.security")
public record AccountSecurityProperties(boolean mfaRequired, int maxFailedSignIns, Duration lockoutDuration,
        Duration idleWarningBefore, String metricsAllowedAddress) {

    public AccountSecurityProperties {
        metricsAllowedAddress = metricsAllowedAddress == null || metricsAllowedAddress.isBlank() ? "127.0.0.1/32"
                : metricsAllowedAddress;
    }
}

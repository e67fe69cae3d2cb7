package org.safeshare.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode: a seeded, made-up partnership for trying the service. It is refused on an external
 * database unless explicitly allowed, so that demo accounts never land in a real deployment by accident.
 */
@ConfigurationProperties("safeshare.demo")
public record DemoProperties(boolean enabled, boolean allowExternalDatabase) {}

package org.safeshare.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the service starts its own embedded PostgreSQL whose
 * data directory persists across restarts; with a {@code url} it uses that server instead.
 * {@code embeddedCleanStart} empties the embedded data directory first (tests only).
 */
@ConfigurationProperties("safeshare.database")
public record DatabaseProperties(String url, String username, String password, String embeddedDataDirectory,
        boolean embeddedCleanStart) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}

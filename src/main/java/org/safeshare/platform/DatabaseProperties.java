package org.safeshare.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. With a {@code url} the service uses that PostgreSQL; without one it starts its own
 * embedded PostgreSQL, whose data directory persists across restarts, but only when {@code embedded} says so
 * (the demo profile does; production must choose, see {@link ProductionReadiness}).
 * {@code embeddedDurable} keeps fsync and synchronous commit on, so an acknowledged write survives a crash;
 * only tests turn it off, for speed. {@code embeddedCleanStart} empties the data directory first (tests only).
 * {@code embeddedSettings} ("name=value,name=value", e.g. "shared_buffers=4GB,effective_cache_size=16GB") sizes the
 * embedded server for a bigger machine than a laptop; empty keeps PostgreSQL's defaults (docs/performance.md).
 */
@ConfigurationProperties("safeshare.database")
public record DatabaseProperties(String url, String username, String password, boolean embedded, String embeddedDataDirectory,
        @DefaultValue("true") boolean embeddedDurable, boolean embeddedCleanStart, @DefaultValue("") String embeddedSettings) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}

package org.safeshare.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The database connection pool of one instance: {@code size} connections at most, and how long a request waits for
 * one before it is answered 503 (service busy) instead of queueing on. Size it with the database: the PostgreSQL
 * {@code max_connections} (100 by default) must cover every instance's pool plus the operators' own connections.
 */
@ConfigurationProperties("safeshare.database.pool")
public record ConnectionPoolProperties(@DefaultValue("10") int size, @DefaultValue("30s") Duration connectionTimeout) {

    public ConnectionPoolProperties {
        if (size < 1) {
            throw new IllegalArgumentException("safeshare.database.pool.size must be at least 1");
        }
    }
}

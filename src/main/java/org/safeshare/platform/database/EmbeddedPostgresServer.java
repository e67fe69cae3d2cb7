package org.safeshare.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One embedded PostgreSQL per data directory per JVM. Tests start several Spring contexts; they
 * must share one server rather than fight over the same data directory.
 */
final class EmbeddedPostgresServer {

    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {}

    static EmbeddedPostgres startOrReuse(Path dataDirectory, boolean durable, boolean cleanStart) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(key, directory -> start(directory, durable, cleanStart));
    }

    private static EmbeddedPostgres start(Path dataDirectory, boolean durable, boolean cleanStart) {
        try {
            if (cleanStart) {
                deleteRecursively(dataDirectory);
            }
            Files.createDirectories(dataDirectory);
            // Never let zonky delete the directory on close: it holds the service's data.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC");
            durability(builder, durable);
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * zonky is made for tests: it starts the server with {@code -F} (fsync off) and {@code synchronous_commit=off},
     * so a crash loses writes the service has already acknowledged. Settings given here follow {@code -F} on the
     * command line and win. Tests may choose speed; the service never does (docs/operations.md).
     */
    private static void durability(EmbeddedPostgres.Builder builder, boolean durable) {
        String on = durable ? "on" : "off";
        builder.setServerConfig("fsync", on).setServerConfig("synchronous_commit", on).setServerConfig("full_page_writes", "on");
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // The JVM is exiting; PostgreSQL recovers from an unclean stop on next start.
        }
    }
}

package org.safeshare.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One embedded PostgreSQL per data directory per JVM. Tests start several Spring contexts; they
 * must share one server rather than fight over the same data directory.
 */
final class EmbeddedPostgresServer {

    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {}

    static EmbeddedPostgres startOrReuse(Path dataDirectory, boolean durable, boolean cleanStart, Map<String, String> settings) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(key, directory -> start(directory, durable, cleanStart, settings));
    }

    /** "name=value,name=value" as server settings; a name is a PostgreSQL setting's (letters and underscores). */
    static Map<String, String> settings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : text == null ? new String[0] : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] nameValue = pair.split("=", 2);
            if (nameValue.length != 2 || !nameValue[0].strip().matches("[a-z_]+") || nameValue[1].isBlank()) {
                throw new IllegalArgumentException("Embedded PostgreSQL settings are name=value pairs separated by commas");
            }
            settings.put(nameValue[0].strip(), nameValue[1].strip());
        }
        return settings;
    }

    private static EmbeddedPostgres start(Path dataDirectory, boolean durable, boolean cleanStart, Map<String, String> settings) {
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
            settings.forEach(builder::setServerConfig);
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

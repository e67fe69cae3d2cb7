package org.safeshare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeshare.SafeshareApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Without a profile the service is in production: it refuses to start without its signing key and a chosen
 * database, before it opens a database, so no demo account or token with a published password can appear.
 */
class ProductionStartTest {

    @TempDir Path directory;

    @Test
    void withoutAProfileTheServiceRefusesToStartWithoutItsKeyAndDatabaseAndSeedsNothing() {
        Path data = directory.resolve("postgres");
        Throwable failure = catchThrowable(() -> start("--safeshare.database.url=", "--safeshare.audit.signing-key-file=",
                "--safeshare.crypto.keyset-file=", "--safeshare.database.embedded-data-directory=" + data));

        assertThat(failure).isInstanceOf(UnsafeStartException.class);
        assertThat(failure.getMessage()).contains("SAFESHARE_AUDIT_SIGNING_KEY_FILE", "SAFESHARE_KEYSET_FILE", "SAFESHARE_DATABASE_URL",
                "SAFESHARE_DATABASE_EMBEDDED=true", "SPRING_PROFILES_ACTIVE=demo");
        assertThat(data).as("no database was started, so nothing (no demo user, no demo token) was written").doesNotExist();
    }

    @Test
    void aSigningKeyFileThatDoesNotExistIsRefusedEvenWithADatabase() {
        Path data = directory.resolve("postgres");
        Throwable failure = catchThrowable(() -> start("--safeshare.database.url=jdbc:postgresql://localhost:1/none",
                "--safeshare.audit.signing-key-file=" + directory.resolve("missing.pem"),
                "--safeshare.database.embedded-data-directory=" + data));

        assertThat(failure).isInstanceOf(UnsafeStartException.class);
        assertThat(failure.getMessage()).contains("does not exist").doesNotContain("SAFESHARE_DATABASE_URL");
    }

    @Test
    void theRefusalIsReportedAsOneClearParagraphWithWhatToDo() {
        FailureAnalyzer analyzer = new UnsafeStartFailureAnalyzer();
        var analysis = analyzer.analyze(new UnsafeStartException(java.util.List.of("Set SAFESHARE_AUDIT_SIGNING_KEY_FILE.")));
        assertThat(analysis.getDescription()).contains("production", "SAFESHARE_AUDIT_SIGNING_KEY_FILE");
        assertThat(analysis.getAction()).contains("SPRING_PROFILES_ACTIVE=demo", "./safeshare run");
    }

    private static void start(String... args) {
        SpringApplication application = new SpringApplication(SafeshareApplication.class);
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0"), java.util.Arrays.stream(args))
                .toArray(String[]::new);
        application.run(all).close();
    }
}

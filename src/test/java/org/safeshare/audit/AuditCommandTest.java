package org.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeshare.SafeshareApplication;
import org.safeshare.support.SafeshareTest;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code audit verify} and {@code audit export-checkpoints} as an operator runs them: a second
 * application context on the same database (the test profile's embedded server is reused, not wiped).
 */
@SafeshareTest
class AuditCommandTest {

    private String previousProfiles;
    @LocalServerPort int port;

    @BeforeEach
    void runTheCommandWithTheTestProfile() {
        previousProfiles = System.getProperty("spring.profiles.active");
        System.setProperty("spring.profiles.active", "demo,test");
    }

    @AfterEach
    void restore() {
        if (previousProfiles == null) {
            System.clearProperty("spring.profiles.active");
        } else {
            System.setProperty("spring.profiles.active", previousProfiles);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = AuditCommand.run(SafeshareApplication.class, args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    record Run(int exit, String output) {}

    @Test
    void verifyReportsACleanLogAndExportedCheckpointsVerifyToo(@TempDir Path directory) throws Exception {
        Run verify = run("audit", "verify");
        assertThat(verify.output()).contains("CLEAN");
        assertThat(verify.exit()).isZero();

        Path exported = directory.resolve("checkpoints.txt");
        Run export = run("audit", "export-checkpoints", exported.toString());
        assertThat(export.exit()).isZero();
        assertThat(Files.exists(exported)).isTrue();

        Run against = run("audit", "verify", "--against", exported.toString());
        assertThat(against.exit()).as(against.output()).isZero();
    }

    /**
     * An operator runs verify on the host where the service runs, with the service's own settings: here the service is
     * this test's server, and SAFESHARE_PORT names its port. The command must serve nothing and seed nothing.
     */
    @Test
    void verifyRunsWhileTheServiceIsUpOnTheSamePortWithoutAWebServerOrDemoSeeding() throws Exception {
        System.setProperty("SAFESHARE_PORT", String.valueOf(port));
        try {
            Run verify = run("audit", "verify");
            assertThat(verify.exit()).as(verify.output()).isZero();
            try (ConfigurableApplicationContext context = AuditCommand.start(SafeshareApplication.class)) {
                assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
                assertThat(context.getBeansOfType(ApplicationRunner.class).values())
                        .noneMatch(runner -> runner.getClass().getPackageName().startsWith("org.safeshare.demo"));
            }
        } finally {
            System.clearProperty("SAFESHARE_PORT");
        }
    }

    @Test
    void aMistypedCommandIsAUsageError() {
        Run run = run("audit", "verfy");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output()).contains("Usage: audit verify");
    }
}

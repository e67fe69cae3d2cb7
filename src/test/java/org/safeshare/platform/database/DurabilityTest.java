package org.safeshare.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeshare.audit.persistence.LogVerification;
import org.safeshare.support.DecisionWriter;
import org.safeshare.support.ServiceProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * No acknowledged write is lost to a crash: the service (a separate JVM) and its embedded PostgreSQL are killed
 * with SIGKILL while partner systems record decisions, then restarted; every decision the service answered 201
 * for is there, and {@code audit verify} is clean. With {@code -Dsafeshare.durability-test.durable=false}
 * (zonky's test settings: fsync and synchronous commit off) the same run usually loses some.
 */
class DurabilityTest {

    private static final int WRITERS = 16;
    private static final boolean DURABLE = Boolean.parseBoolean(System.getProperty("safeshare.durability-test.durable", "true"));

    @TempDir Path home;

    @Test
    void everyDecisionAcknowledgedBeforeTheServiceAndItsDatabaseWereKilledIsThereAfterARestart() throws Exception {
        List<String> settings = List.of("-Dsafeshare.database.embedded-durable=" + DURABLE,
                "-Dsafeshare.audit.checkpoint-interval=1s");
        Queue<String> acknowledged;
        try (ServiceProcess service = ServiceProcess.start(home, settings)) {
            acknowledged = recordUntilKilled(service);
        }
        assertThat(acknowledged).as("decisions acknowledged before the crash").hasSizeGreaterThan(WRITERS);

        try (ServiceProcess restarted = ServiceProcess.start(home, settings)) {
            assertThat(lost(restarted, acknowledged)).as("acknowledged decisions lost of %d", acknowledged.size()).isEmpty();
            JdbcTemplate database = database(restarted);
            if (DURABLE) {
                // zonky passes -F (fsync off); the settings given after it must win.
                assertThat(List.of(setting(database, "fsync"), setting(database, "synchronous_commit"),
                        setting(database, "full_page_writes"))).containsOnly("on");
            }
            awaitSequenced(database);
            restarted.stop();
        }
        ServiceProcess.Result verify = ServiceProcess.auditVerify(home, settings);
        assertThat(verify.output()).as(verify.output()).contains("CLEAN");
        assertThat(verify.exit()).isZero();
    }

    private static Queue<String> lost(ServiceProcess restarted, Queue<String> acknowledged) throws Exception {
        DecisionWriter reader = DecisionWriter.against(restarted.port());
        Queue<String> lost = new ConcurrentLinkedQueue<>();
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String id : acknowledged) {
                readers.submit(() -> {
                    if (!reader.exists(restarted.port(), id)) {
                        lost.add(id);
                    }
                    return null;
                });
            }
        }
        System.out.printf("DurabilityTest (durable %s): %d decisions acknowledged before SIGKILL, %d lost%n", DURABLE,
                acknowledged.size(), lost.size());
        return lost;
    }

    /** Writers record decisions as fast as they can; after a few seconds the service and its database are killed. */
    private static Queue<String> recordUntilKilled(ServiceProcess service) throws Exception {
        DecisionWriter writer = DecisionWriter.against(service.port());
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        try (var writers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < WRITERS; w++) {
                writers.submit(() -> {
                    while (!killed.get()) {
                        writer.record(service.port(), "Recorded before a crash").ifPresent(acknowledged::add);
                    }
                });
            }
            Thread.sleep(Duration.ofSeconds(4));
            service.killWithItsDatabase();
            killed.set(true);
        }
        return acknowledged;
    }

    private static JdbcTemplate database(ServiceProcess service) throws Exception {
        return new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://localhost:" + service.databasePort() + "/postgres",
                "postgres", ""));
    }

    private static String setting(JdbcTemplate database, String name) {
        return database.queryForObject("select current_setting(?)", String.class, name);
    }

    /** Waits until the restarted service has given every event its leaf, so that verification covers them all. */
    private static void awaitSequenced(JdbcTemplate jdbc) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (LogVerification.unsequenced(jdbc) > 0) {
            assertThat(System.nanoTime()).as("events sequenced within 30 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}

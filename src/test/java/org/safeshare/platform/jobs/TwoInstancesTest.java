package org.safeshare.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.SafeshareApplication;
import org.safeshare.audit.persistence.AuditKeys;
import org.safeshare.audit.persistence.LogVerification;
import org.safeshare.support.DecisionWriter;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the service on one database, as behind a load balancer (docs/operations.md): this test's
 * instance and a second one started beside it, whose audit jobs run every few milliseconds so that they race.
 */
@SafeshareTest
class TwoInstancesTest {

    private static ConfigurableApplicationContext second;
    private static int secondPort;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired AuditKeys keys;
    @Autowired SingleInstanceJobs jobs;
    @Autowired SessionCleanup sessionCleanup;
    @Autowired JdbcIndexedSessionRepository sessions;

    @BeforeEach
    void startASecondInstanceOnTheSameDatabase() {
        if (second == null) {
            // Arguments, not builder properties: those are defaults, which application.yml's settings override.
            second = new SpringApplicationBuilder(SafeshareApplication.class).profiles("demo", "test")
                    .run("--server.port=0", "--safeshare.database.embedded-clean-start=false",
                            "--safeshare.audit.sequence-interval=20ms", "--safeshare.audit.checkpoint-interval=100ms");
            secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        }
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void decisionsRecordedThroughBothInstancesAtOnceVerifyCleanWithGaplessLeaves() throws Exception {
        DecisionWriter writer = DecisionWriter.against(port);
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        try (var writers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < 8; w++) {
                int target = w % 2 == 0 ? port : secondPort;
                writers.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        writer.record(target, "Two instances " + i).ifPresent(acknowledged::add);
                    }
                });
            }
        }
        assertThat(acknowledged).hasSize(120);

        awaitUntil(() -> LogVerification.unsequenced(jdbc) == 0 && leaves() > 0 && everyLogCheckpointed());
        LogVerification.Result result = transaction.execute(t -> LogVerification.verify(jdbc, keys.trusted(), List.of()));
        assertThat(result.clean()).as(String.valueOf(result.logs())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from (select log from audit_leaf group by log"
                + " having max(leaf_index) + 1 <> count(*)) gaps", Long.class)).as("every log gapless").isZero();
        for (String id : acknowledged) {
            assertThat(writer.exists(port, id) && writer.exists(secondPort, id)).as(id).isTrue();
        }
    }

    @Test
    void whileOneInstanceRunsTheSequencerNoOtherInstanceRunsIt() throws Exception {
        DecisionWriter writer = DecisionWriter.against(port);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> elsewhere = holdJob("audit-sequencer", held, release);
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            Optional<String> recorded = writer.record(secondPort, "Recorded while another instance sequences");
            assertThat(recorded).isPresent();
            Thread.sleep(600); // the second instance tries about 30 times meanwhile
            assertThat(LogVerification.unsequenced(jdbc)).as("no instance sequenced while the job ran elsewhere").isPositive();
            assertThat(jobs.runAlone("audit-sequencer", () -> {})).isFalse();
        } finally {
            release.countDown();
        }
        assertThat(elsewhere.get(10, TimeUnit.SECONDS)).isTrue();
        awaitUntil(() -> LogVerification.unsequenced(jdbc) == 0);
    }

    @Test
    void whileOneInstancePublishesACheckpointNoOtherInstancePublishes() throws Exception {
        DecisionWriter writer = DecisionWriter.against(port);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> elsewhere = holdJob("audit-checkpoint-publisher", held, release);
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.record(secondPort, "Recorded while another instance publishes")).isPresent();
            awaitUntil(() -> LogVerification.unsequenced(jdbc) == 0);
            Thread.sleep(600); // the second instance tries to publish about 6 times meanwhile
            assertThat(everyLogCheckpointed()).as("no checkpoint published while the job ran elsewhere").isFalse();
        } finally {
            release.countDown();
        }
        assertThat(elsewhere.get(10, TimeUnit.SECONDS)).isTrue();
        awaitUntil(this::everyLogCheckpointed);
    }

    @Test
    void expiredSessionsAreDeletedOnOneInstanceAtATimeNotBySpringSessionsOwnTimerOnEach() throws Exception {
        assertThat(ReflectionTestUtils.getField(sessions, "taskScheduler")).as("Spring Session's per-instance timer").isNull();
        assertThat(ReflectionTestUtils.getField(second.getBean(JdbcIndexedSessionRepository.class), "taskScheduler")).isNull();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> elsewhere = holdJob(SessionCleanup.JOB, held, release);
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(second.getBean(SessionCleanup.class).run()).isFalse();
            assertThat(sessionCleanup.run()).isFalse();
        } finally {
            release.countDown();
        }
        assertThat(elsewhere.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sessionCleanup.run()).isTrue();
    }

    /**
     * A guesser who spreads failed sign-ins over the instances gets one allowance, not one per instance: ten failures
     * on each (twenty in all, the limit per address) and the next sign-in from that address is refused on either,
     * even with the right password.
     */
    @Test
    void failedSignInsCountAcrossInstancesForTheThrottle() {
        java.time.Instant started = java.time.Instant.now().minusSeconds(1);
        try {
            for (int i = 0; i < 20; i++) {
                int target = i % 2 == 0 ? port : secondPort;
                assertThat(signIn(target, "nobody-" + i + "@nowhere.example", "not the password")).isEqualTo("/sign-in?error=credentials");
            }
            assertThat(signIn(port, "teacher@oakfield-primary.example", "Safeshare-demo-2026")).isEqualTo("/sign-in?error=throttled");
            assertThat(signIn(secondPort, "teacher@oakfield-primary.example", "Safeshare-demo-2026")).isEqualTo("/sign-in?error=throttled");
        } finally {
            // Every test signs in from this address: leave it as it was found.
            jdbc.update("delete from sign_in_address_failure where failed_at >= ?", java.sql.Timestamp.from(started));
        }
    }

    private static String signIn(int port, String email, String password) {
        return org.safeshare.support.LiveSession.anonymous(port)
                .post("/sign-in", java.util.Map.of("email", email, "password", password), true)
                .headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
    }

    /** Runs the named job "on another instance" (its own connection) until released. */
    private CompletableFuture<Boolean> holdJob(String job, CountDownLatch held, CountDownLatch release) {
        Runnable holdUntilReleased = () -> {
            held.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        // The instances run the same job every few milliseconds; "elsewhere" may find it taken and tries again.
        return CompletableFuture.supplyAsync(() -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!jobs.runAlone(job, holdUntilReleased)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.onSpinWait();
            }
            return true;
        });
    }

    private long leaves() {
        return jdbc.queryForObject("select count(*) from audit_leaf", Long.class);
    }

    /** Each log (one per partnership, ADR 0009) has a checkpoint of all its leaves. */
    private boolean everyLogCheckpointed() {
        return jdbc.queryForObject("select count(*) from (select log, count(*) as size from audit_leaf group by log) l"
                + " where l.size <> coalesce((select max(tree_size) from audit_checkpoint c where c.log = l.log), 0)", Long.class) == 0;
    }

    private void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        java.util.function.Supplier<String> state = () -> "unsequenced " + LogVerification.unsequenced(jdbc) + ", leaves " + leaves()
                + ", every log checkpointed " + everyLogCheckpointed();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s; " + state.get()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}

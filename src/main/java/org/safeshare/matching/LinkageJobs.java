package org.safeshare.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Schedules the linkage index's catch-up and the re-scoring after a change of thresholds (ADR 0024), each on one instance
 * at a time. A run works for at most a few seconds, so that it never holds up the service's other jobs; while work is
 * left the next run follows at once, otherwise after the configured interval. Nothing here runs before start-up ends.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
// Only in the service: the audit command starts beside it against the same database and must change nothing.
@ConditionalOnWebApplication
class LinkageJobs implements SchedulingConfigurer {

    /** How long one run may work before it lets the scheduler's other jobs run. */
    static final Duration RUN = Duration.ofSeconds(5);
    private static final Duration AGAIN_AT_ONCE = Duration.ofMillis(200);

    private final LinkageIndexCatchUp catchUp;
    private final ThresholdRescoringJob rescoring;
    private final Duration firstRun;
    private final Duration catchUpInterval;
    private final Duration rescoringInterval;

    LinkageJobs(LinkageIndexCatchUp catchUp, ThresholdRescoringJob rescoring,
            @Value("${safeshare.matching.jobs-first-run:10s}") Duration firstRun,
            @Value("${safeshare.matching.index-catch-up-interval:5m}") Duration catchUpInterval,
            @Value("${safeshare.matching.rescoring-interval:10s}") Duration rescoringInterval) {
        this.catchUp = catchUp;
        this.rescoring = rescoring;
        this.firstRun = firstRun;
        this.catchUpInterval = catchUpInterval;
        this.rescoringInterval = rescoringInterval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        schedule(tasks, () -> catchUp.run(RUN), catchUpInterval);
        schedule(tasks, () -> rescoring.run(RUN), rescoringInterval);
    }

    /** Runs {@code job} (how much it did; 0 when nothing was left) again at once while it finds work, else after {@code idle}. */
    private void schedule(ScheduledTaskRegistrar tasks, IntSupplier job, Duration idle) {
        java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean();
        Trigger trigger = context -> {
            Instant last = context.lastCompletion();
            if (last == null) {
                return Instant.now().plus(firstRun);
            }
            return last.plus(busy.get() ? AGAIN_AT_ONCE : idle);
        };
        tasks.addTriggerTask(() -> busy.set(job.getAsInt() > 0), trigger);
    }
}

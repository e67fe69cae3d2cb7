package org.safeshare.platform.jobs;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Deletes expired sessions from the shared session tables, on one instance at a time. Spring Session's own
 * cleanup timer is switched off ({@code spring.session.jdbc.cleanup-cron: "-"}): it would run on every instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
// Sessions exist only in the web service; the audit and keyset commands run without them.
@ConditionalOnWebApplication
public class SessionCleanup implements SchedulingConfigurer {

    static final String JOB = "session-cleanup";

    private final JdbcIndexedSessionRepository sessions;
    private final SingleInstanceJobs jobs;
    private final Duration interval;

    SessionCleanup(JdbcIndexedSessionRepository sessions, SingleInstanceJobs jobs,
            @Value("${safeshare.session-cleanup-interval:1m}") Duration interval) {
        this.sessions = sessions;
        this.jobs = jobs;
        this.interval = interval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::run, interval);
    }

    /** Deletes expired sessions unless another instance is doing it now; answers whether it ran. */
    public boolean run() {
        return jobs.runAlone(JOB, sessions::cleanUpExpiredSessions);
    }
}

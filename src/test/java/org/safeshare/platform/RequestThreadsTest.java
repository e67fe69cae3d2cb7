package org.safeshare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Requests and jobs run on platform threads (ADR 0028). On two cores, virtual threads stopped the whole service: 32 first
 * requests made the JVM load classes from the jar, a virtual thread blocked in a class load the JVM started cannot leave
 * its carrier, both carriers were held so, and the thread holding the jar's lock never got one back to release it.
 */
@SafeshareTest
class RequestThreadsTest {

    @Autowired Environment environment;
    @Autowired ThreadPoolTaskScheduler scheduler;

    @Test
    void requestsAreServedOnPlatformThreads() {
        assertThat(environment.getProperty("spring.threads.virtual.enabled", Boolean.class, false)).isFalse();
    }

    @Test
    void aLongJobDoesNotHoldUpTheOthers() {
        // With platform threads the scheduler is a pool, one thread by default: the audit sequencer would wait behind a
        // linkage catch-up batch. One thread for each job that may run at once.
        assertThat(scheduler.getScheduledThreadPoolExecutor().getCorePoolSize()).isGreaterThanOrEqualTo(8);
    }
}

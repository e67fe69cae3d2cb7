package org.safeshare.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.safeshare.exchange.persistence.RequestLists;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.platform.jobs.SingleInstanceJobs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Escalates requests past their deadline to the receiving organisation's DSLs (and the practitioner asked by name),
 * once each, on one instance at a time ({@link SingleInstanceJobs}): the notifications are published in the same
 * transaction that marks the part escalated, so neither happens without the other.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
public class OverdueRequests implements SchedulingConfigurer {

    static final String JOB = "information-requests-overdue";

    private final RequestLists lists;
    private final RequestNotices notices;
    private final SingleInstanceJobs jobs;
    private final ExchangeProperties properties;
    private final Clock clock;

    OverdueRequests(RequestLists lists, RequestNotices notices, SingleInstanceJobs jobs, ExchangeProperties properties, Clock clock) {
        this.lists = lists;
        this.notices = notices;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::run, properties.overdueCheckInterval());
    }

    /** Escalates what is overdue now, unless another instance is doing it; answers how many parts it escalated (-1: skipped). */
    public int run() {
        int[] escalated = {-1};
        jobs.runAlone(JOB, () -> escalated[0] = escalate(clock.instant()));
        return escalated[0];
    }

    private int escalate(Instant now) {
        List<RequestLists.Overdue> overdue = lists.overdue(now, properties.overdueBatch());
        for (RequestLists.Overdue part : overdue) {
            notices.tellAddressed(part.organisationId(), part.namedUserId(), NotificationKind.INFORMATION_REQUEST_OVERDUE, part.requestId());
            lists.markEscalated(part.partId(), now);
        }
        return overdue.size();
    }
}

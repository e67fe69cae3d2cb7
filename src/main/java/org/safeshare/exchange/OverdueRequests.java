package org.safeshare.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
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
 * once each, on one instance at a time ({@link SingleInstanceJobs}): the notifications and the audit event are written in
 * the same transaction that marks the part escalated, so none happens without the others.
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
    private final Audit audit;
    private final Clock clock;

    OverdueRequests(RequestLists lists, RequestNotices notices, SingleInstanceJobs jobs, ExchangeProperties properties, Audit audit,
            Clock clock) {
        this.audit = audit;
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
            notices.tellAddressed(part.organisationId(), part.namedUserId(), part.teamId(), NotificationKind.INFORMATION_REQUEST_OVERDUE,
                    part.requestId());
            lists.markEscalated(part.partId(), now);
            // The service escalated it, not a person: the event names the receiving organisation and goes to its partnership's log.
            audit.record(AuditEvent.byService(AuditAction.INFORMATION_REQUEST_ESCALATED, part.partnershipId(), part.organisationId())
                    .touching(InformationRequests.ref(part.requestId())));
        }
        return overdue.size();
    }
}

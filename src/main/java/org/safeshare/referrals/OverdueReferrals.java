package org.safeshare.referrals;

import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.safeshare.platform.jobs.SingleInstanceJobs;
import org.safeshare.referrals.persistence.ReferralLists;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates referrals with no decision one working day after they arrived to the MASH's officers and its organisation's
 * DSLs, once each, on one instance at a time ({@link SingleInstanceJobs}); the notifications are published in the
 * transaction that marks the referral escalated, so neither happens without the other.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
public class OverdueReferrals implements SchedulingConfigurer {

    static final String JOB = "referrals-overdue";

    private final ReferralLists lists;
    private final ReferralNotices notices;
    private final SingleInstanceJobs jobs;
    private final ReferralsProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Audit audit;

    OverdueReferrals(ReferralLists lists, ReferralNotices notices, SingleInstanceJobs jobs, ReferralsProperties properties,
            org.springframework.transaction.PlatformTransactionManager transactions, Clock clock, Audit audit) {
        this.audit = audit;
        this.lists = lists;
        this.notices = notices;
        this.jobs = jobs;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::run, properties.overdueCheckInterval());
    }

    /** Escalates what is overdue now, unless another instance is doing it; answers how many it escalated (-1: skipped). */
    public int run() {
        int[] escalated = {-1};
        jobs.runAlone(JOB, () -> escalated[0] = transaction.execute(t -> escalate(clock.instant())));
        return escalated[0];
    }

    private int escalate(Instant now) {
        List<UUID[]> overdue = lists.overdue(now, properties.overdueBatch());
        for (UUID[] referral : overdue) {
            notices.escalate(referral[1], referral[0]);
            lists.markEscalated(referral[0], now);
            // Done by the service, not a user: in the partnership's log, naming the MASH it escalated to.
            audit.record(AuditEvent.byService(AuditAction.REFERRAL_ESCALATED, referral[2], referral[1])
                    .touching(ReferralGuard.ref(referral[0])));
        }
        return overdue.size();
    }
}

package org.safeshare.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safeshare.actions.domain.DueDates;
import org.safeshare.actions.persistence.ActionRepository;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.platform.jobs.SingleInstanceJobs;
import org.safeshare.platform.web.LondonDates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Reminds owners of actions due soon and escalates overdue ones to the owner's organisation's DSLs, each once, on one
 * instance at a time ({@link SingleInstanceJobs}). The notification, the mark and (for an escalation) the audit event
 * are written in one transaction, so none happens without the others. An escalation is done by the service, not by a
 * user: its audit event has no actor and names the action and the organisation it escalated to (docs/adr/0020).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
public class ActionDeadlines implements SchedulingConfigurer {

    static final String JOB = "actions-due-and-overdue";

    private final ActionRepository actions;
    private final ActionNotices notices;
    private final SingleInstanceJobs jobs;
    private final ActionsProperties properties;
    private final ActionEscalation escalation;
    private final Clock clock;

    ActionDeadlines(ActionRepository actions, ActionNotices notices, SingleInstanceJobs jobs, ActionsProperties properties,
            ActionEscalation escalation, Clock clock) {
        this.actions = actions;
        this.notices = notices;
        this.jobs = jobs;
        this.properties = properties;
        this.escalation = escalation;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::run, properties.dueCheckInterval());
    }

    /** Reminds and escalates what is due now, unless another instance is doing it; how many it told (-1: skipped). */
    public int run() {
        int[] told = {-1};
        jobs.runAlone(JOB, () -> told[0] = remind(clock.instant()) + escalate(clock.instant()));
        return told[0];
    }

    private int remind(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, LondonDates.LONDON);
        List<ActionRepository.Stored> due = actions.toRemind(DueDates.remindIfDueBy(today), today, properties.dueBatch());
        for (ActionRepository.Stored action : due) {
            notices.tellOwner(action.owner(), NotificationKind.ACTION_DUE_SOON, action.id());
            actions.markReminded(action.id(), now);
        }
        return due.size();
    }

    private int escalate(Instant now) {
        List<ActionRepository.Stored> overdue = actions.toEscalate(LocalDate.ofInstant(now, LondonDates.LONDON), properties.dueBatch());
        overdue.forEach(action -> escalation.escalate(action, now));
        return overdue.size();
    }
}

package org.safeshare.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.safeshare.actions.domain.DueDates;
import org.safeshare.actions.persistence.ActionRepository;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.platform.calendar.PartnershipCalendars;
import org.safeshare.platform.calendar.WorkingCalendar;
import org.safeshare.platform.jobs.SingleInstanceJobs;
import org.safeshare.platform.web.LondonDates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Reminds owners of actions due soon and escalates overdue ones to the owner's organisation's DSLs, each once, in the
 * working days of the action's partnership, on one instance at a time ({@link SingleInstanceJobs}). The notification,
 * the mark and (for an escalation) the audit event are written in one transaction, so none happens without the others.
 * An escalation is done by the service, not by a user: its audit event has no actor and names the action and the
 * organisation it escalated to (docs/adr/0020).
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
    private final PartnershipCalendars calendars;
    private final Clock clock;

    ActionDeadlines(ActionRepository actions, ActionNotices notices, SingleInstanceJobs jobs, ActionsProperties properties,
            ActionEscalation escalation, PartnershipCalendars calendars, Clock clock) {
        this.actions = actions;
        this.notices = notices;
        this.jobs = jobs;
        this.properties = properties;
        this.escalation = escalation;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::run, properties.dueCheckInterval());
    }

    /** Reminds and escalates what is due now, unless another instance is doing it; how many it told (-1: skipped). */
    public int run() {
        return runAt(clock.instant());
    }

    /** {@link #run()} as at that instant (tests fix it: a bank holiday, the working day before one). */
    int runAt(Instant now) {
        int[] told = {-1};
        jobs.runAlone(JOB, () -> told[0] = actions.partnershipsWithOpenActions().stream()
                .mapToInt(partnership -> remindAndEscalate(partnership, now)).sum());
        return told[0];
    }

    /** One partnership's actions, by its working days (docs/adr/0021): nothing is sent on its days off. */
    private int remindAndEscalate(UUID partnership, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, LondonDates.LONDON);
        WorkingCalendar calendar = calendars.calendar(partnership);
        List<ActionRepository.Stored> due = DueDates.remindIfDueBy(today, calendar)
                .map(dueBy -> actions.toRemind(partnership, dueBy, today, properties.dueBatch())).orElse(List.of());
        for (ActionRepository.Stored action : due) {
            notices.tellOwner(action.owner(), NotificationKind.ACTION_DUE_SOON, action.id());
            actions.markReminded(action.id(), now);
        }
        List<ActionRepository.Stored> overdue = DueDates.escalatesOn(today, calendar)
                ? actions.toEscalate(partnership, today, properties.dueBatch()) : List.of();
        overdue.forEach(action -> escalation.escalate(action, now));
        return due.size() + overdue.size();
    }
}

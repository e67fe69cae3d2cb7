package org.safeshare.exchange;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.exchange.domain.RagDeadlines;
import org.safeshare.exchange.persistence.SettingsRepository;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.calendar.PartnershipCalendars;
import org.safeshare.platform.calendar.WorkingCalendar;
import org.safeshare.platform.calendar.WorkingHours;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A partnership's working hours, own closures and RAG deadlines for information requests. Anyone in the partnership
 * reads them (they set everyone's deadlines); only its partnership administrator changes them, and every change is
 * audited. A change applies to requests sent after it: a request keeps the deadline it was sent with.
 */
@Service
@Transactional
public class ExchangeSettings implements PartnershipCalendars {

    static final int MAX_REASON = 200;

    private final SettingsRepository settings;
    private final Audit audit;
    private final Clock clock;
    private final RecentCalendars recent = new RecentCalendars();

    ExchangeSettings(SettingsRepository settings, Audit audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a partnership has set, or the defaults. */
    public record Current(WorkingHours hours, RagDeadlines deadlines, List<SettingsRepository.Closure> closures) {

        /** The working calendar these settings make: the hours, and the bank holidays of England and Wales with the closures. */
        public WorkingCalendar calendar() {
            return new WorkingCalendar(hours, closures.stream().map(SettingsRepository.Closure::day).collect(Collectors.toSet()));
        }
    }

    @Transactional(readOnly = true)
    public Current current(UUID partnership) {
        var stored = settings.find(partnership);
        return new Current(stored.map(SettingsRepository.Stored::hours).orElse(WorkingHours.OFFICE),
                stored.map(SettingsRepository.Stored::deadlines).orElse(RagDeadlines.DEFAULT), settings.closures(partnership));
    }

    /** The partnership's working calendar: its hours, and the bank holidays of England and Wales with its own closures. */
    @Override
    @Transactional(readOnly = true)
    public WorkingCalendar calendar(UUID partnership) {
        return current(partnership).calendar();
    }

    @Override
    @Transactional(readOnly = true)
    public WorkingCalendar recentCalendar(UUID partnership) {
        return recent.get(partnership, this::calendar);
    }

    /** Forgets the partnership's kept calendar once the change commits (a reader before then would keep the old one). */
    private void changed(UUID partnership) {
        recent.forget(partnership);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    recent.forget(partnership);
                }
            });
        }
    }

    /** Sets the partnership's working days and hours and the deadline of each urgency; answers what to correct, if anything. */
    public List<FieldProblem> change(Actor actor, Set<DayOfWeek> days, LocalTime opens, LocalTime closes, RagDeadlines deadlines) {
        requireAdministrator(actor);
        List<FieldProblem> problems = new ArrayList<>();
        if (days == null || days.isEmpty()) {
            problems.add(new FieldProblem("workingDays", "Select at least one working day"));
        }
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            problems.add(new FieldProblem("opens", "Enter working hours that close after they open, on the same day"));
        }
        if (deadlines != null) {
            for (var rule : deadlines.asMap().entrySet()) {
                if (!rule.getValue().withinLongest()) {
                    problems.add(new FieldProblem(rule.getKey().name().toLowerCase() + "Amount",
                            "A " + rule.getKey().label().toLowerCase() + " deadline must be no longer than a month"));
                }
            }
        }
        if (deadlines == null) {
            problems.add(new FieldProblem("redAmount", "Enter the deadline of each urgency"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        settings.save(actor.partnershipId(), new WorkingHours(WorkingHours.ENGLAND, days, opens, closes), deadlines, actor.id(),
                clock.instant());
        changed(actor.partnershipId());
        audit.record(AuditEvent.of(actor, AuditAction.EXCHANGE_DEADLINES_CHANGED)
                .touching(new RecordRef(RecordRef.Kind.ORGANISATION, actor.organisationId())));
        return List.of();
    }

    /** The partnership's own closures, for its administrator to manage. */
    @Transactional(readOnly = true)
    public List<SettingsRepository.Closure> closures(Actor admin) {
        requireAdministrator(admin);
        return settings.closures(admin.partnershipId());
    }

    /** Adds a day the partnership's offices are closed, with why (for example a local closure agreed by the partners). */
    public List<FieldProblem> addClosure(Actor actor, LocalDate day, String reason) {
        requireAdministrator(actor);
        List<FieldProblem> problems = new ArrayList<>();
        String why = reason == null ? "" : reason.trim();
        if (day == null) {
            problems.add(new FieldProblem("day", "Enter the date the offices are closed"));
        } else if (day.isBefore(LocalDate.now(clock.withZone(WorkingHours.ENGLAND)))) {
            problems.add(new FieldProblem("day", "The date must be today or in the future"));
        }
        if (why.isEmpty() || why.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", why.isEmpty() ? "Enter why the offices are closed"
                    : "The reason must be " + MAX_REASON + " characters or fewer"));
        }
        if (problems.isEmpty() && settings.addClosure(actor.partnershipId(), day, why, actor.id(), clock.instant())) {
            changed(actor.partnershipId());
            audit.record(AuditEvent.of(actor, AuditAction.EXCHANGE_CLOSURE_ADDED)
                    .touching(new RecordRef(RecordRef.Kind.ORGANISATION, actor.organisationId())));
        }
        return problems;
    }

    /**
     * Removes a closure that has not yet passed (a past one stays: deadlines were counted around it). Answers whether one
     * was removed; a day not closed, or already past, removes nothing.
     */
    public boolean removeClosure(Actor actor, LocalDate day) {
        requireAdministrator(actor);
        if (day == null || day.isBefore(LocalDate.now(clock.withZone(WorkingHours.ENGLAND)))
                || !settings.removeClosure(actor.partnershipId(), day)) {
            return false;
        }
        changed(actor.partnershipId());
        audit.record(AuditEvent.of(actor, AuditAction.EXCHANGE_CLOSURE_REMOVED)
                .touching(new RecordRef(RecordRef.Kind.ORGANISATION, actor.organisationId())));
        return true;
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.has(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new NotFoundException("Settings");
        }
    }
}

package org.safeshare.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.decisions.persistence.CommencementRepository;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commencement dates of provisions awaiting a commencement order (Children Act 2004 s16LA and s16LC). The law is the
 * same for every partnership, so the dates are service-wide; a partnership administrator enters one when the order is
 * made, naming the order, and each entry is audited (docs/adr/0011). Decisions apply a provision from its date.
 */
@Service
@Transactional
public class LawCommencements {

    /** The Children's Wellbeing and Schools Act 2026 received Royal Assent on 29 April 2026: nothing in it commences earlier. */
    static final LocalDate ROYAL_ASSENT = LocalDate.of(2026, 4, 29);
    static final int MAX_MADE_BY = 200;

    private final CommencementRepository repository;
    private final Audit audit;
    private final Clock clock;

    LawCommencements(CommencementRepository repository, Audit audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Commencements current() {
        return repository.current();
    }

    @Transactional(readOnly = true)
    public List<CommencementSetting> latest() {
        return repository.latest();
    }

    /**
     * What is wrong with the regulations named (or, when withdrawing, the reason), if anything. Public so that a page can
     * show it beside a date it cannot read, every problem at once (GOV.UK error summary).
     */
    public Optional<String> madeByProblem(boolean withdrawing, String madeBy) {
        String order = madeBy == null ? "" : madeBy.trim();
        if (order.isEmpty()) {
            return Optional.of(withdrawing ? "Enter why the date is withdrawn"
                    : "Enter the commencement regulations that bring it into force, for example their SI number");
        }
        return order.length() > MAX_MADE_BY ? Optional.of("Must be " + MAX_MADE_BY + " characters or fewer") : Optional.empty();
    }

    /** Sets (or, with no date, withdraws) a provision's commencement date, citing the order that made it. */
    public CommencementChange set(Actor actor, Provision provision, LocalDate commencesOn, String madeBy) {
        if (!actor.has(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new AccessDeniedException("not a partnership administrator");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (commencesOn != null && commencesOn.isBefore(ROYAL_ASSENT)) {
            problems.put("commencesOn", "The date must be on or after 29 April 2026, when the Act received Royal Assent");
        }
        madeByProblem(commencesOn == null, madeBy).ifPresent(p -> problems.put("madeBy", p));
        String order = madeBy == null ? "" : madeBy.trim();
        if (!problems.isEmpty()) {
            return new CommencementChange.Refused(problems);
        }
        UUID id = UUID.randomUUID();
        repository.insert(id, provision, commencesOn, order, actor.id(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.COMMENCEMENT_DATE_SET).touching(new RecordRef(RecordRef.Kind.COMMENCEMENT, id)));
        return new CommencementChange.Set(provision);
    }
}

package org.safeshare.accounts.security;

import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.platform.security.Actor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/** Ends sessions by who holds them: "sign out everywhere", and when an account is disabled. */
@Service
public class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> repository;
    private final Audit audit;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository, Audit audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** The user's own "sign out everywhere", audited with the sessions it ends. */
    @Transactional
    public int signOutEverywhere(Actor actor) {
        audit.record(AuditEvent.of(actor, AuditAction.SIGNED_OUT_EVERYWHERE));
        return endAllFor(actor.id());
    }

    public int endAllFor(UUID userId) {
        var found = repository.findByPrincipalName(userId.toString());
        found.keySet().forEach(repository::deleteById);
        return found.size();
    }
}

package org.safeshare.accounts.security;

import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.platform.security.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/** Ends sessions by who holds them: "sign out everywhere", and when an account is disabled. */
@Service
public class Sessions {

    /** Provided, not injected: the audit command's context has no web server and so no session store (AuditCommand). */
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final Audit audit;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, Audit audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The user's own "sign out everywhere", audited with the sessions it ends. */
    @Transactional
    public int signOutEverywhere(Actor actor) {
        audit.record(AuditEvent.of(actor, AuditAction.SIGNED_OUT_EVERYWHERE));
        return endAllFor(actor.id());
    }

    public int endAllFor(UUID userId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getObject();
        var found = repository.findByPrincipalName(userId.toString());
        found.keySet().forEach(repository::deleteById);
        return found.size();
    }
}

package org.safeshare.accounts.security;

import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/** Ends sessions by who holds them: "sign out everywhere", and when an account is disabled. */
@Service
public class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> repository;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    public int endAllFor(UUID userId) {
        var found = repository.findByPrincipalName(userId.toString());
        found.keySet().forEach(repository::deleteById);
        return found.size();
    }
}

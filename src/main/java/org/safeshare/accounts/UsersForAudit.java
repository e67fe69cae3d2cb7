package org.safeshare.accounts;

import java.util.Optional;
import java.util.UUID;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.audit.AuditSubjects;
import org.springframework.stereotype.Component;

/** Tells the audit pages a user's organisation and name; audit then decides who may see their activity. */
@Component
class UsersForAudit implements AuditSubjects.Users {

    private final UserRepository users;

    UsersForAudit(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<AuditSubjects.User> find(UUID userId) {
        return users.find(new UserId(userId)).map(u -> new AuditSubjects.User(u.id().value(), u.organisationId().value(),
                u.displayName()));
    }
}

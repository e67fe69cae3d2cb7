package org.safeshare.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;

/** A user as administrators see them: never the password hash or the authenticator secret. */
public record UserAccount(UserId id, OrganisationId organisationId, String email, String displayName, Set<Role> roles,
        boolean enabled, boolean mfaEnrolled, Optional<Instant> lockedUntil) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}

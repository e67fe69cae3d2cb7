package org.safeshare.accounts.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/**
 * A user who has given the right password but not yet the second factor. It grants nothing but
 * the pages that finish signing in.
 */
public record PendingSignIn(UUID userId, boolean mustEnrolAuthenticator) implements Principal, Serializable {

    static final String AUTHORITY = "PASSWORD_VERIFIED";

    @Override
    public String getName() {
        return userId.toString();
    }
}

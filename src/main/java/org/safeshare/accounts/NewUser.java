package org.safeshare.accounts;

import java.util.Set;
import org.safeshare.platform.security.Role;

/** What an organisation administrator gives to add a user to their organisation. */
public record NewUser(String email, String displayName, Set<Role> roles, String initialPassword) {}

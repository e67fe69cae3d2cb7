package org.safeshare.platform.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: a signed-in user or a partner system's API client, always on behalf of exactly one
 * organisation in one partnership. Every module's access rules take it as an argument.
 */
public record Actor(UUID id, Kind kind, String displayName, UUID organisationId, UUID partnershipId, Set<Role> roles)
        implements Principal, Serializable {

    /** A person signed in to the web service, or a partner system with a bearer token. */
    public enum Kind { USER, API_CLIENT }

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The id, so that sessions can be found (and ended) by who holds them. */
    @Override
    public String getName() {
        return id.toString();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean worksWithPeople() {
        return roles.stream().anyMatch(Role::worksWithPeople);
    }
}

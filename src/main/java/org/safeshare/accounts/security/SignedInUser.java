package org.safeshare.accounts.security;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Builds the authentication of a fully signed-in actor: SIGNED_IN plus one ROLE_ per role. */
final class SignedInUser {

    static final String AUTHORITY = "SIGNED_IN";

    private SignedInUser() {}

    static UsernamePasswordAuthenticationToken authentication(Actor actor) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(AUTHORITY));
        for (Role role : actor.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities);
    }
}

package org.safeshare.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.accounts.security.Actors;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Acts as a demo user in MockMvc tests, exactly as a full sign-in would (sign-in itself has its own tests). */
@Component
public class SignedIn {

    private final UserRepository users;
    private final Actors actors;

    SignedIn(UserRepository users, Actors actors) {
        this.users = users;
        this.actors = actors;
    }

    public Actor actor(String email) {
        return actors.of(users.findByEmail(email).orElseThrow(() -> new IllegalArgumentException("No demo user " + email)));
    }

    public RequestPostProcessor as(String email) {
        return as(actor(email));
    }

    public static RequestPostProcessor as(Actor actor) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("SIGNED_IN"));
        for (Role role : actor.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        return authentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
    }
}

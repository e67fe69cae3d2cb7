package org.safeshare.accounts.security;

import org.safeshare.accounts.UserAccount;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/** Turns a user account into the actor every module's access rules take. */
@Component
public class Actors {

    private final Organisations organisations;

    Actors(Organisations organisations) {
        this.organisations = organisations;
    }

    public Actor of(UserAccount user) {
        Organisation organisation = organisations.find(user.organisationId()).orElseThrow();
        return new Actor(user.id().value(), Actor.Kind.USER, user.displayName(), organisation.id().value(),
                organisation.partnershipId().value(), user.roles());
    }
}

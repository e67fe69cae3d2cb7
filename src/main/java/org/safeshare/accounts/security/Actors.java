package org.safeshare.accounts.security;

import java.util.Set;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.persistence.ApiClientRepository;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.organisations.SharingStanding;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Component;

/** Turns a user account or a partner system's API client into the actor every module's access rules take. */
@Component
public class Actors {

    private final Organisations organisations;

    Actors(Organisations organisations) {
        this.organisations = organisations;
    }

    public Actor of(UserAccount user) {
        SharingStanding organisation = organisations.standing(user.organisationId()).orElseThrow();
        return new Actor(user.id().value(), Actor.Kind.USER, user.displayName(), organisation.id().value(),
                organisation.partnershipId().value(), user.roles());
    }

    /** The partnership is the organisations module's to give, never read from its tables here. */
    public Actor of(ApiClientRepository.ApiClientRow client) {
        // One row (SharingStanding), not the whole organisation with its identifiers and contact points: every API call
        // makes an actor.
        SharingStanding organisation = organisations.standing(new OrganisationId(client.organisationId())).orElseThrow();
        return new Actor(client.id(), Actor.Kind.API_CLIENT, client.name(), client.organisationId(),
                organisation.partnershipId().value(), Set.of(Role.API_CLIENT));
    }
}

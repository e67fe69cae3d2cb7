package org.safeshare.accounts.security;

import java.util.Optional;
import java.util.Set;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.persistence.ApiClientRepository;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.organisations.SharingStanding;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns a user account or a partner system's API client into the actor every module's access rules take. */
@Component
public class Actors {

    private final Organisations organisations;
    private final ApiClientRepository clients;

    Actors(Organisations organisations, ApiClientRepository clients) {
        this.organisations = organisations;
        this.clients = clients;
    }

    /**
     * The partner system holding an active token with this hash, as an actor; the token and its organisation read in one
     * transaction, so that authenticating a call takes one connection from the pool, not two (docs/performance.md).
     */
    @Transactional(readOnly = true)
    public Optional<Actor> ofApiToken(String tokenHash) {
        return clients.activeByTokenHash(tokenHash).map(this::of);
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

package org.safeshare.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.safeshare.accounts.Teams;
import org.safeshare.exchange.domain.RequestAccess;
import org.safeshare.exchange.persistence.RequestRepository;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * The reader and the parties of a request in the plain terms {@link RequestAccess} decides on: who the actor is, with
 * their powers and the teams they belong to (one query), and who each part was addressed to.
 */
@Component
class RequestReaders {

    private final Teams teams;

    RequestReaders(Teams teams) {
        this.teams = teams;
    }

    RequestAccess.Reader reader(Actor actor) {
        // A partner system belongs to no team; a user's teams come from accounts, so membership changes apply at once.
        Set<UUID> memberOf = actor.kind() == Actor.Kind.USER ? teams.teamsOf(actor.id()) : Set.of();
        return new RequestAccess.Reader(actor.id(), actor.organisationId(), actor.worksWithPeople(),
                actor.has(Role.DESIGNATED_SAFEGUARDING_LEAD) || actor.has(Role.MASH_OFFICER), actor.has(Role.API_CLIENT), memberOf);
    }

    static RequestAccess.Parties parties(RequestRepository.Loaded loaded) {
        Map<UUID, RequestAccess.Addressed> addressed = new LinkedHashMap<>();
        loaded.parts().forEach(p -> addressed.put(p.organisationId(), new RequestAccess.Addressed(p.namedUserId(), p.teamId())));
        return new RequestAccess.Parties(loaded.request().requestedBy(), loaded.request().requestingOrganisationId(), addressed);
    }
}

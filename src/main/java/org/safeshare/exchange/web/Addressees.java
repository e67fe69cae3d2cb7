package org.safeshare.exchange.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.accounts.Accounts;
import org.safeshare.accounts.Teams;
import org.safeshare.exchange.InformationRequest;
import org.safeshare.exchange.RequestPart;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Whom within each addressed organisation a request part was addressed to, by name: a practitioner or a team, so both
 * sides can see who is expected to answer. Read in at most two statements, and only when a part names someone.
 */
@Component
class Addressees {

    private final Accounts accounts;
    private final Teams teams;

    Addressees(Accounts accounts, Teams teams) {
        this.accounts = accounts;
        this.teams = teams;
    }

    /** Part id to "Name (named practitioner)" or "Team name (team)"; parts addressed to the whole organisation are absent. */
    Map<UUID, String> of(Actor reader, InformationRequest request) {
        List<RequestPart> parts = request.parts();
        List<UUID> users = parts.stream().flatMap(p -> p.namedUserId().stream()).distinct().toList();
        List<OrganisationId> withTeams = parts.stream().filter(p -> p.teamId().isPresent()).map(p -> new OrganisationId(p.organisationId()))
                .distinct().toList();
        Map<UUID, String> userNames = users.isEmpty() ? Map.of() : accounts.names(users);
        Map<UUID, String> teamNames = new HashMap<>();
        if (!withTeams.isEmpty()) {
            teams.ofOrganisations(reader, withTeams).values().forEach(list -> list.forEach(t -> teamNames.put(t.id(), t.name())));
        }
        Map<UUID, String> named = new HashMap<>();
        for (RequestPart part : parts) {
            Optional<String> team = part.teamId().map(teamNames::get).map(n -> n + " (team)");
            Optional<String> user = part.namedUserId().map(userNames::get).map(n -> n + " (named practitioner)");
            team.or(() -> user).ifPresent(name -> named.put(part.id(), name));
        }
        return named;
    }
}

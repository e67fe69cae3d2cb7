package org.safeshare.accounts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.safeshare.accounts.Team;
import org.safeshare.accounts.Teams;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The teams of an organisation in the caller's partnership, for choosing who to address from the directory. */
@RestController
@Tag(name = "Organisations", description = "The safeguarding partnership's organisations and their secure contact points")
class TeamApi {

    private final Teams teams;

    TeamApi(Teams teams) {
        this.teams = teams;
    }

    @GetMapping("/api/v1/organisations/{id}/teams")
    @Operation(summary = "The teams of one organisation in the caller's partnership, with their members")
    List<TeamJson> teams(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return teams.of(actor, new OrganisationId(id)).stream().map(TeamJson::of).toList();
    }

    /** A team as the API shows it. */
    record TeamJson(UUID id, String name, List<MemberJson> members) {
        static TeamJson of(Team team) {
            return new TeamJson(team.id(), team.name(), team.members().stream().map(m -> new MemberJson(m.userId(), m.displayName())).toList());
        }
    }

    /** A member of a team. */
    record MemberJson(UUID userId, String displayName) {}
}

package org.safeshare.accounts.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.accounts.Accounts;
import org.safeshare.accounts.Team;
import org.safeshare.accounts.TeamChange;
import org.safeshare.accounts.Teams;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Teams: the organisation administrator's pages to manage them, and the directory's list of an organisation's teams. */
@Controller
class TeamPages {

    private final Teams teams;
    private final Accounts accounts;
    private final Organisations organisations;

    TeamPages(Teams teams, Accounts accounts, Organisations organisations) {
        this.teams = teams;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/organisations/{id}/teams")
    String directory(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        OrganisationId organisation = new OrganisationId(NotFoundException.idOf(id, "Organisation"));
        model.addAttribute("teams", teams.of(actor, organisation));
        model.addAttribute("organisation", organisations.visibleTo(actor, organisation));
        return "accounts/organisation-teams";
    }

    @GetMapping("/organisation/teams")
    String list(@AuthenticationPrincipal Actor admin, Model model) {
        return list(admin, model, "", FormErrors.none());
    }

    @PostMapping("/organisation/teams")
    String create(@AuthenticationPrincipal Actor admin, @RequestParam(defaultValue = "") String name, Model model) {
        return switch (teams.create(admin, name)) {
            case TeamChange.Done done -> "redirect:/organisation/teams/" + done.team().id();
            case TeamChange.Refused refused -> list(admin, model, name, FormErrors.none().add(refused.field(), refused.message()));
        };
    }

    @GetMapping("/organisation/teams/{id}")
    String team(@AuthenticationPrincipal Actor admin, @PathVariable String id, Model model) {
        return team(admin, model, teams.own(admin, NotFoundException.idOf(id, "Team")), FormErrors.none());
    }

    @PostMapping("/organisation/teams/{id}/members")
    String addMember(@AuthenticationPrincipal Actor admin, @PathVariable String id, @RequestParam(defaultValue = "") String user,
            Model model) {
        UUID team = NotFoundException.idOf(id, "Team");
        UUID member;
        try {
            member = UUID.fromString(user);
        } catch (IllegalArgumentException e) {
            return team(admin, model, teams.own(admin, team), FormErrors.none().add("user", "Choose a user of your organisation"));
        }
        return switch (teams.addMember(admin, team, member)) {
            case TeamChange.Done done -> "redirect:/organisation/teams/" + team;
            case TeamChange.Refused refused -> team(admin, model, teams.own(admin, team), FormErrors.none().add(refused.field(), refused.message()));
        };
    }

    @PostMapping("/organisation/teams/{id}/members/{user}/removal")
    String removeMember(@AuthenticationPrincipal Actor admin, @PathVariable String id, @PathVariable String user) {
        UUID team = NotFoundException.idOf(id, "Team");
        teams.removeMember(admin, team, NotFoundException.idOf(user, "User"));
        return "redirect:/organisation/teams/" + team;
    }

    private String list(Actor admin, Model model, String name, FormErrors errors) {
        model.addAttribute("teams", teams.ofOwnOrganisation(admin));
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "accounts/teams";
    }

    private String team(Actor admin, Model model, Team team, FormErrors errors) {
        Set<UUID> members = team.members().stream().map(Team.Member::userId).collect(Collectors.toSet());
        model.addAttribute("team", team);
        model.addAttribute("candidates", accounts.usersOf(admin).stream().filter(u -> u.enabled() && !members.contains(u.id().value())).toList());
        model.addAttribute("errors", errors);
        return "accounts/team";
    }
}

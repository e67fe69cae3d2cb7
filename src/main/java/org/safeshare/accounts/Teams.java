package org.safeshare.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.accounts.persistence.TeamRepository;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams of an organisation, so that requests and disclosures can be addressed to a team. Anyone in the partnership
 * may read an organisation's teams (to choose a recipient from the directory, never a typed address); only that
 * organisation's administrator changes them (audited). Another partnership's teams are "not found".
 */
@Service
@Transactional
public class Teams {

    static final int LONGEST_NAME = 100;

    private final TeamRepository teams;
    private final UserRepository users;
    private final Organisations organisations;
    private final Audit audit;

    Teams(TeamRepository teams, UserRepository users, Organisations organisations, Audit audit) {
        this.teams = teams;
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The teams of an organisation in the reader's partnership, each with its enabled members, in one query. */
    @Transactional(readOnly = true)
    public List<Team> of(Actor reader, OrganisationId organisation) {
        return teams.inOrganisation(organisations.visibleTo(reader, organisation).id());
    }

    /** The teams of these organisations that are in the reader's partnership (others left out), in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<OrganisationId, List<Team>> ofOrganisations(Actor reader, java.util.Collection<OrganisationId> asked) {
        java.util.Set<OrganisationId> visible = organisations.directory(reader).stream().map(o -> o.id())
                .filter(asked::contains).collect(Collectors.toSet());
        return teams.inOrganisations(visible).stream().collect(Collectors.groupingBy(Team::organisationId));
    }

    /** One team of an organisation in the reader's partnership, with its members. */
    @Transactional(readOnly = true)
    public Team visibleTo(Actor reader, UUID id) {
        return teams.find(id).filter(t -> organisations.find(t.organisationId())
                        .filter(o -> o.partnershipId().value().equals(reader.partnershipId())).isPresent())
                .orElseThrow(() -> new NotFoundException("Team"));
    }

    /** For modules that hold a team id from their own records (never one a user typed): its enabled members' ids. */
    @Transactional(readOnly = true)
    public Set<UUID> memberIds(UUID team) {
        return teams.find(team).map(t -> t.members().stream().map(Team.Member::userId).collect(Collectors.toSet())).orElse(Set.of());
    }

    /** The teams this user belongs to, for modules that let a team's members read what was addressed to the team. */
    @Transactional(readOnly = true)
    public Set<UUID> teamsOf(UUID user) {
        return teams.teamsOf(user);
    }

    /** The administrator's own organisation's teams, to manage them. */
    @Transactional(readOnly = true)
    public List<Team> ofOwnOrganisation(Actor admin) {
        requireAdministrator(admin);
        return teams.inOrganisation(new OrganisationId(admin.organisationId()));
    }

    public TeamChange create(Actor admin, String name) {
        requireAdministrator(admin);
        OrganisationId organisation = new OrganisationId(admin.organisationId());
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return new TeamChange.Refused("name", "Enter the team's name");
        }
        if (trimmed.length() > LONGEST_NAME) {
            return new TeamChange.Refused("name", "The team's name must be " + LONGEST_NAME + " characters or fewer");
        }
        if (teams.named(organisation, trimmed)) {
            return new TeamChange.Refused("name", "Your organisation already has a team with this name");
        }
        UUID id = UUID.randomUUID();
        teams.insert(id, organisation, trimmed);
        audit.record(AuditEvent.of(admin, AuditAction.TEAM_CREATED).touching(new RecordRef(RecordRef.Kind.TEAM, id)));
        return new TeamChange.Done(teams.find(id).orElseThrow());
    }

    public TeamChange addMember(Actor admin, UUID team, UUID user) {
        Team own = own(admin, team);
        Optional<UserAccount> member = users.find(new UserId(user)).filter(u -> u.organisationId().value().equals(admin.organisationId()));
        if (member.isEmpty()) {
            return new TeamChange.Refused("user", "Choose a user of your organisation");
        }
        teams.addMember(own.id(), user);
        audit.record(AuditEvent.of(admin, AuditAction.TEAM_MEMBER_ADDED).touching(new RecordRef(RecordRef.Kind.TEAM, team))
                .touching(RecordRef.user(user)));
        return new TeamChange.Done(teams.find(team).orElseThrow());
    }

    public TeamChange removeMember(Actor admin, UUID team, UUID user) {
        Team own = own(admin, team);
        teams.removeMember(own.id(), user);
        audit.record(AuditEvent.of(admin, AuditAction.TEAM_MEMBER_REMOVED).touching(new RecordRef(RecordRef.Kind.TEAM, team))
                .touching(RecordRef.user(user)));
        return new TeamChange.Done(teams.find(team).orElseThrow());
    }

    /** A team of the administrator's own organisation; any other is "not found". */
    public Team own(Actor admin, UUID team) {
        requireAdministrator(admin);
        return teams.find(team).filter(t -> t.organisationId().value().equals(admin.organisationId()))
                .orElseThrow(() -> new NotFoundException("Team"));
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.has(Role.ORGANISATION_ADMINISTRATOR)) {
            throw new AccessDeniedException("not an organisation administrator");
        }
    }
}

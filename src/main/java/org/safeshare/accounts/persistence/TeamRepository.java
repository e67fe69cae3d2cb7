package org.safeshare.accounts.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.accounts.Team;
import org.safeshare.organisations.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams and their members in PostgreSQL; a list of teams with their members is one query. */
@Repository
public class TeamRepository {

    private static final String TEAMS_WITH_MEMBERS = """
            select t.id, t.organisation_id, t.name, u.id as user_id, u.display_name
            from team t
            left join team_member m on m.team_id = t.id
            left join user_account u on u.id = m.user_id and u.enabled
            """;

    private final JdbcClient jdbc;

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Team> inOrganisation(OrganisationId organisation) {
        return teams(jdbc.sql(TEAMS_WITH_MEMBERS + " where t.organisation_id = :organisation order by t.name, u.display_name")
                .param("organisation", organisation.value()));
    }

    public List<Team> inOrganisations(java.util.Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return teams(jdbc.sql(TEAMS_WITH_MEMBERS + " where t.organisation_id in (:organisations) order by t.name, u.display_name")
                .param("organisations", organisations.stream().map(OrganisationId::value).toList()));
    }

    public Optional<Team> find(UUID id) {
        return teams(jdbc.sql(TEAMS_WITH_MEMBERS + " where t.id = :id order by u.display_name").param("id", id)).stream().findFirst();
    }

    /** The teams an enabled user is a member of; none for a disabled or unknown user. */
    public java.util.Set<UUID> teamsOf(UUID user) {
        return java.util.Set.copyOf(jdbc.sql("""
                select m.team_id from team_member m join user_account u on u.id = m.user_id and u.enabled where m.user_id = ?""")
                .param(user).query(UUID.class).list());
    }

    public boolean named(OrganisationId organisation, String name) {
        return jdbc.sql("select count(*) from team where organisation_id = ? and lower(name) = lower(?)")
                .params(organisation.value(), name).query(Long.class).single() > 0;
    }

    public void insert(UUID id, OrganisationId organisation, String name) {
        jdbc.sql("insert into team (id, organisation_id, name) values (?, ?, ?)").params(id, organisation.value(), name).update();
    }

    public void addMember(UUID team, UUID user) {
        jdbc.sql("insert into team_member (team_id, user_id) values (?, ?) on conflict do nothing").params(team, user).update();
    }

    public void removeMember(UUID team, UUID user) {
        jdbc.sql("delete from team_member where team_id = ? and user_id = ?").params(team, user).update();
    }

    private static List<Team> teams(JdbcClient.StatementSpec query) {
        Map<UUID, Team> teams = new LinkedHashMap<>();
        Map<UUID, List<Team.Member>> members = new LinkedHashMap<>();
        query.query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            teams.computeIfAbsent(id, k -> sqlTeam(rs));
            List<Team.Member> of = members.computeIfAbsent(id, k -> new ArrayList<>());
            UUID user = rs.getObject("user_id", UUID.class);
            if (user != null) {
                of.add(new Team.Member(user, rs.getString("display_name")));
            }
        });
        return teams.values().stream().map(t -> new Team(t.id(), t.organisationId(), t.name(), members.get(t.id()))).toList();
    }

    private static Team sqlTeam(java.sql.ResultSet rs) {
        try {
            return new Team(rs.getObject("id", UUID.class), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                    rs.getString("name"), List.of());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

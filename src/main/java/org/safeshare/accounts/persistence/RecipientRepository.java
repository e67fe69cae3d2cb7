package org.safeshare.accounts.persistence;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.safeshare.accounts.Recipient;
import org.safeshare.organisations.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, teams and partner systems of a partnership's other organisations, in one query. */
@Repository
public class RecipientRepository {

    private final JdbcClient jdbc;

    RecipientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every recipient in these organisations; only the given ids when there are any. */
    public List<Recipient> inOrganisations(Set<UUID> organisations, Set<UUID> only) {
        String onlyThese = only.isEmpty() ? "" : " and r.id in (:only)";
        var statement = jdbc.sql("""
                select r.* from (
                    select u.id, false as partner_system, u.display_name as name, u.organisation_id, false as team from user_account u
                    where\s""" + PractitionerRepository.PRACTITIONER + """
                    union all
                    select c.id, true, c.name || ' (partner system)', c.organisation_id, false from api_client c where c.revoked_at is null
                    union all
                    select t.id, false, t.name || ' (team)', t.organisation_id, true from team t
                ) r
                where r.organisation_id in (:organisations)""" + onlyThese)
                .param("roles", PractitionerRepository.PEOPLE_ROLES).param("organisations", organisations);
        if (!only.isEmpty()) {
            statement = statement.param("only", only);
        }
        return statement.query((rs, n) -> new Recipient(rs.getObject("id", UUID.class), rs.getBoolean("partner_system"),
                rs.getString("name"), new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getBoolean("team"))).list();
    }
}

package org.safeshare.accounts.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeshare.accounts.Practitioner;
import org.safeshare.accounts.UserId;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enabled users with a role that works with people's records, by organisation. */
@Repository
public class PractitionerRepository {

    // Shared with RecipientRepository: who counts as a practitioner is decided once.
    static final List<String> PEOPLE_ROLES = java.util.Arrays.stream(Role.values()).filter(Role::worksWithPeople)
            .filter(r -> r != Role.API_CLIENT).map(Role::name).toList();
    static final String PRACTITIONER = """
            u.enabled and exists (select 1 from user_role ur where ur.user_id = u.id and ur.role in (:roles))""";

    private final JdbcClient jdbc;

    PractitionerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<OrganisationId, List<Practitioner>> of(Collection<OrganisationId> organisations) {
        Map<OrganisationId, List<Practitioner>> found = new LinkedHashMap<>();
        organisations.forEach(o -> found.put(o, new ArrayList<>()));
        if (organisations.isEmpty()) {
            return found;
        }
        jdbc.sql("select u.id, u.display_name, u.organisation_id from user_account u where u.organisation_id in (:organisations) and "
                        + PRACTITIONER + " order by u.display_name, u.id")
                .param("organisations", organisations.stream().map(OrganisationId::value).toList()).param("roles", PEOPLE_ROLES)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> found.get(new OrganisationId(rs.getObject("organisation_id", UUID.class)))
                        .add(new Practitioner(new UserId(rs.getObject("id", UUID.class)), rs.getString("display_name"))));
        return found;
    }

    public boolean worksAt(UserId user, OrganisationId organisation) {
        return jdbc.sql("select exists (select 1 from user_account u where u.id = :user and u.organisation_id = :organisation and "
                        + PRACTITIONER + ")")
                .param("user", user.value()).param("organisation", organisation.value()).param("roles", PEOPLE_ROLES)
                .query(Boolean.class).single();
    }
}

package org.safeshare.consent.persistence;

import java.util.Optional;
import java.util.UUID;
import org.safeshare.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each partnership's consent validity and each organisation's approval rule for sharing without consent. */
@Repository
public class ConsentPolicies {

    /** The partnership default when none is set: consent lasts 12 months unless the record says otherwise. */
    public static final int DEFAULT_VALIDITY_MONTHS = 12;

    private final JdbcClient jdbc;

    ConsentPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int validityMonths(UUID partnership) {
        return jdbc.sql("select validity_months from consent_partnership_policy where partnership_id = ?").param(partnership)
                .query(Integer.class).optional().orElse(DEFAULT_VALIDITY_MONTHS);
    }

    public Optional<Role> groundApprovalRole(UUID organisation) {
        return jdbc.sql("select ground_approval_role from consent_organisation_policy where organisation_id = ?").param(organisation)
                .query(String.class).list().stream().filter(java.util.Objects::nonNull).findFirst().map(Role::valueOf);
    }

    public void requireApproval(UUID organisation, Role role) {
        jdbc.sql("""
                insert into consent_organisation_policy (organisation_id, ground_approval_role) values (?, ?)
                on conflict (organisation_id) do update set ground_approval_role = excluded.ground_approval_role""")
                .params(organisation, role == null ? null : role.name()).update();
    }

    public void requireApprovalUnlessSet(UUID organisation, Role role) {
        jdbc.sql("""
                insert into consent_organisation_policy (organisation_id, ground_approval_role) values (?, ?)
                on conflict (organisation_id) do nothing""").params(organisation, role.name()).update();
    }
}

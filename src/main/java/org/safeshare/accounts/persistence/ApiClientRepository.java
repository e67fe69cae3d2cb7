package org.safeshare.accounts.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Partner systems' API clients; tokens are kept only as SHA-256 hashes. */
@Repository
public class ApiClientRepository {

    private final JdbcClient jdbc;

    ApiClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ApiClientRow> activeByTokenHash(String tokenHash) {
        return jdbc.sql("""
                select c.id, c.name, c.organisation_id from api_client c where c.token_hash = ? and c.revoked_at is null""")
                .param(tokenHash)
                .query((rs, n) -> new ApiClientRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("organisation_id", UUID.class)))
                .optional();
    }

    public boolean existsWithHash(String tokenHash) {
        return jdbc.sql("select count(*) from api_client where token_hash = ?").param(tokenHash).query(Integer.class).single() > 0;
    }

    public void insert(UUID id, UUID organisation, String name, String tokenHash) {
        jdbc.sql("insert into api_client (id, organisation_id, name, token_hash) values (?, ?, ?, ?)")
                .params(id, organisation, name, tokenHash).update();
    }

    /** One active API client. */
    public record ApiClientRow(UUID id, String name, UUID organisationId) {}
}

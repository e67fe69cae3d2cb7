package org.safeshare.decisions.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.AdviceRequests.AdviceRequest;
import org.safeshare.decisions.DecisionTaken.AdviserRole;
import org.safeshare.decisions.SharingFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Requests for advice, which hold the answers but never the person's identity. */
@Repository
public class AdviceRepository {

    private static final String SELECT = """
            select r.*, u.display_name as requested_by_name, a.display_name as advised_by_name from advice_request r
            join user_account u on u.id = r.requested_by left join user_account a on a.id = r.advised_by""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AdviceRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(UUID id, UUID organisation, UUID requestedBy, AdviserRole role, String question, SharingFacts facts, Instant at) {
        jdbc.sql("""
                insert into advice_request (id, organisation_id, requested_by, adviser_role, question, facts, requested_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?)""")
                .params(id, organisation, requestedBy, role.name(), question, json.writeValueAsString(StoredSharingFacts.of(facts)),
                        Timestamp.from(at))
                .update();
    }

    public Optional<AdviceRequest> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::request).optional();
    }

    public List<AdviceRequest> open(UUID organisation, List<AdviserRole> roles) {
        return jdbc.sql(SELECT + " where r.organisation_id = ? and r.advice is null and r.adviser_role = any (?) order by r.requested_at")
                .params(organisation, roles.stream().map(Enum::name).toArray(String[]::new))
                .query(this::request).list();
    }

    public void answer(UUID id, String advice, UUID adviser, Instant at) {
        jdbc.sql("update advice_request set advice = ?, advised_by = ?, advised_at = ? where id = ? and advice is null")
                .params(advice, adviser, Timestamp.from(at), id).update();
    }

    private AdviceRequest request(ResultSet rs, int row) throws SQLException {
        Timestamp advised = rs.getTimestamp("advised_at");
        return new AdviceRequest(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name"), AdviserRole.valueOf(rs.getString("adviser_role")),
                rs.getString("question"), json.readValue(rs.getString("facts"), StoredSharingFacts.class).facts(),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("advice"), rs.getString("advised_by_name"),
                advised == null ? null : advised.toInstant());
    }
}

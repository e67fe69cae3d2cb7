package org.safeshare.decisions.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.accounts.Accounts;
import org.safeshare.decisions.AdviceRequests.AdviceRequest;
import org.safeshare.decisions.DecisionTaken.AdviserRole;
import org.safeshare.decisions.SharingFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Requests for advice, which hold the answers but never the person's identity. */
@Repository
public class AdviceRepository {

    private static final String SELECT = "select r.* from advice_request r";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Accounts accounts;

    AdviceRepository(JdbcClient jdbc, JsonMapper json, Accounts accounts) {
        this.jdbc = jdbc;
        this.json = json;
        this.accounts = accounts;
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
        return named(jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::request).list()).stream().findFirst();
    }

    public List<AdviceRequest> open(UUID organisation, List<AdviserRole> roles) {
        return named(jdbc.sql(SELECT + " where r.organisation_id = ? and r.advice is null and r.adviser_role = any (?) order by r.requested_at")
                .params(organisation, roles.stream().map(Enum::name).toArray(String[]::new))
                .query(this::request).list());
    }

    public void answer(UUID id, String advice, UUID adviser, Instant at) {
        jdbc.sql("update advice_request set advice = ?, advised_by = ?, advised_at = ? where id = ? and advice is null")
                .params(advice, adviser, Timestamp.from(at), id).update();
    }

    /** The askers' and advisers' names, from the accounts module in one query. */
    private List<AdviceRequest> named(List<Row> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.request().requestedBy());
            r.advisedBy().ifPresent(ids::add);
        });
        Map<UUID, String> names = accounts.names(ids);
        return rows.stream().map(r -> {
            AdviceRequest q = r.request();
            return new AdviceRequest(q.id(), q.organisationId(), q.requestedBy(), names.get(q.requestedBy()), q.adviserRole(), q.question(),
                    q.facts(), q.requestedAt(), q.advice(), r.advisedBy().map(names::get).orElse(null), q.advisedAt());
        }).toList();
    }

    /** A request as stored, before the names are added. */
    private record Row(AdviceRequest request, Optional<UUID> advisedBy) {}

    private Row request(ResultSet rs, int row) throws SQLException {
        Timestamp advised = rs.getTimestamp("advised_at");
        return new Row(new AdviceRequest(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("requested_by", UUID.class), null, AdviserRole.valueOf(rs.getString("adviser_role")),
                rs.getString("question"), json.readValue(rs.getString("facts"), StoredSharingFacts.class).facts(),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("advice"), null,
                advised == null ? null : advised.toInstant()), Optional.ofNullable(rs.getObject("advised_by", UUID.class)));
    }
}

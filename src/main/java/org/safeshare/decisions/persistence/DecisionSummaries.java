package org.safeshare.decisions.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.accounts.Accounts;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.DecisionSummary;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.Recommendation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of decisions, each with its current version's columns only: never the versions' JSON, which at county scale
 * does not fit in memory (V196, docs/performance.md). One query per list, and one for the recorders' names.
 */
@Repository
public class DecisionSummaries {

    /** The current version of each decision, by the primary key from its highest version down, one row. */
    private static final String CURRENT = """
            select d.id, d.organisation_id, d.person_id, v.version, v.recorded_at, v.recorded_by, v.recorded_by_api_client,
                v.choice, v.outcome, v.purpose
            from %s
            cross join lateral (select w.version, w.recorded_at, w.recorded_by, w.recorded_by_api_client, w.choice, w.outcome,
                w.purpose from decision_version w where w.decision_id = d.id order by w.version desc limit 1) v
            where %s
            order by d.created_at desc, d.id""";

    private final JdbcClient jdbc;
    private final Accounts accounts;

    DecisionSummaries(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The decisions an organisation recorded about a person, newest first. */
    public List<DecisionSummary> recordedAbout(UUID person, UUID organisation) {
        return summaries(CURRENT.formatted("decision d", "d.person_id = :person and d.organisation_id = :organisation"),
                Map.of("person", person, "organisation", organisation));
    }

    /** The newest decisions any version of which shared with the organisation, newest first, from its recipients' index. */
    public List<DecisionSummary> sharedWith(UUID organisation, int limit) {
        return summaries(CURRENT.formatted("""
                (select r.decision_id from decision_recipient r where r.organisation_id = :organisation
                    order by r.decision_created_at desc, r.decision_id limit :limit) r
                join decision d on d.id = r.decision_id""", "true"), Map.of("organisation", organisation, "limit", limit));
    }

    private List<DecisionSummary> summaries(String sql, Map<String, ?> params) {
        List<DecisionSummary> found = new ArrayList<>();
        Set<UUID> recorders = new HashSet<>();
        jdbc.sql(sql).params(params).query(rs -> {
            UUID user = rs.getObject("recorded_by", UUID.class);
            UUID recorder = user != null ? user : rs.getObject("recorded_by_api_client", UUID.class);
            recorders.add(recorder);
            found.add(new DecisionSummary(new DecisionId(rs.getObject("id", UUID.class)), rs.getObject("organisation_id", UUID.class),
                    null, Optional.ofNullable(rs.getObject("person_id", UUID.class)), rs.getInt("version"),
                    rs.getTimestamp("recorded_at").toInstant(), recorder, null, DecisionTaken.Choice.valueOf(rs.getString("choice")),
                    Recommendation.Outcome.valueOf(rs.getString("outcome")), rs.getString("purpose")));
        });
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, String> names = accounts.names(recorders);
        return found.stream().map(s -> new DecisionSummary(s.id(), s.organisationId(), null, s.personId(), s.version(), s.recordedAt(),
                s.recordedBy(), names.get(s.recordedBy()), s.choice(), s.outcome(), s.purpose())).toList();
    }
}

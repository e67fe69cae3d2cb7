package org.safeshare.decisions.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.DecisionRecord;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.DecisionVersion;
import org.safeshare.decisions.Recommendation;
import org.safeshare.decisions.SharingFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Decision records in PostgreSQL: answers, recommendation and decision kept as JSON exactly as they were. */
@Repository
public class DecisionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DecisionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insertDecision(DecisionId id, UUID organisation, Optional<UUID> person, Instant at) {
        jdbc.sql("insert into decision (id, organisation_id, person_id, created_at) values (?, ?, ?, ?)")
                .params(id.value(), organisation, person.orElse(null), Timestamp.from(at)).update();
    }

    /** The recorder is a user, or a partner system's API client; exactly one is stored. */
    public void insertVersion(DecisionId id, DecisionVersion v, boolean byApiClient) {
        jdbc.sql("""
                insert into decision_version (decision_id, version, recorded_at, recorded_by, recorded_by_api_client,
                    correction_reason, guidance_version, facts, recommendation, decision, choice, departs_from_recommendation,
                    recipient_organisation_id, sharing_date, rule_set)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(id.value(), v.version(), Timestamp.from(v.recordedAt()), byApiClient ? null : v.recordedBy(),
                        byApiClient ? v.recordedBy() : null, v.correctionReason(), v.recommendation().guidanceVersion().label(),
                        json.writeValueAsString(v.facts()), json.writeValueAsString(v.recommendation()),
                        json.writeValueAsString(v.decision()), v.decision().choice().name(), v.departsFromRecommendation(),
                        v.decision().recipientOrganisationId(),
                        v.recommendation().sharingDate() == null ? null : java.sql.Date.valueOf(v.recommendation().sharingDate()),
                        v.recommendation().ruleSet())
                .update();
    }

    public Optional<DecisionRecord> find(DecisionId id) {
        return jdbc.sql("select d.*, o.name as organisation_name from decision d join organisation o on o.id = d.organisation_id where d.id = ?")
                .param(id.value())
                .query((rs, n) -> new DecisionRecord(id, rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
                        Optional.ofNullable(rs.getObject("person_id", UUID.class)), versions(id)))
                .optional();
    }

    public int latestVersion(DecisionId id) {
        return jdbc.sql("select coalesce(max(version), 0) from decision_version where decision_id = ?").param(id.value())
                .query(Integer.class).single();
    }

    /** Whether an organisation received the information in any version (and so may see the record). */
    public boolean sharedWith(DecisionId id, UUID organisation) {
        return jdbc.sql("select count(*) from decision_version where decision_id = ? and recipient_organisation_id = ?")
                .params(id.value(), organisation).query(Integer.class).single() > 0;
    }

    public List<DecisionId> forPerson(UUID person) {
        return jdbc.sql("select id from decision where person_id = ? order by created_at desc").param(person)
                .query((rs, n) -> new DecisionId(rs.getObject("id", UUID.class))).list();
    }

    public List<DecisionId> sharedWithOrganisation(UUID organisation, int limit) {
        return jdbc.sql("""
                select d.id from decision d where exists (select 1 from decision_version v
                    where v.decision_id = d.id and v.recipient_organisation_id = ?)
                order by d.created_at desc limit ?""")
                .params(organisation, limit).query((rs, n) -> new DecisionId(rs.getObject("id", UUID.class))).list();
    }

    /** Decisions of one organisation whose latest version rests on a consent record. */
    public List<DecisionId> restingOnConsent(UUID organisation, UUID consentRecord) {
        return jdbc.sql("""
                select d.id from decision d join decision_version v on v.decision_id = d.id
                where d.organisation_id = ? and v.decision ->> 'consentRecordId' = ?
                  and v.version = (select max(version) from decision_version w where w.decision_id = d.id)
                order by d.created_at""")
                .params(organisation, consentRecord.toString()).query((rs, n) -> new DecisionId(rs.getObject("id", UUID.class))).list();
    }

    public List<DecisionId> recordedBy(UUID organisation, int limit) {
        return jdbc.sql("select id from decision where organisation_id = ? order by created_at desc limit ?")
                .params(organisation, limit).query((rs, n) -> new DecisionId(rs.getObject("id", UUID.class))).list();
    }

    private List<DecisionVersion> versions(DecisionId id) {
        return jdbc.sql("""
                select v.*, coalesce(u.display_name, c.name) as recorder_name from decision_version v
                left join user_account u on u.id = v.recorded_by left join api_client c on c.id = v.recorded_by_api_client
                where v.decision_id = ? order by v.version""")
                .param(id.value()).query(this::version).list();
    }

    private DecisionVersion version(ResultSet rs, int row) throws SQLException {
        UUID recorder = rs.getObject("recorded_by", UUID.class);
        return new DecisionVersion(rs.getInt("version"), rs.getTimestamp("recorded_at").toInstant(),
                recorder != null ? recorder : rs.getObject("recorded_by_api_client", UUID.class), rs.getString("recorder_name"),
                rs.getString("correction_reason"), json.readValue(rs.getString("facts"), SharingFacts.class),
                json.readValue(rs.getString("recommendation"), Recommendation.class),
                json.readValue(rs.getString("decision"), DecisionTaken.class), rs.getBoolean("departs_from_recommendation"));
    }
}

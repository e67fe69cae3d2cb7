package org.safeshare.decisions.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.safeshare.accounts.Accounts;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.DecisionRecord;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.DecisionVersion;
import org.safeshare.decisions.Recommendation;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.RecordedSources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decision records in PostgreSQL: answers, recommendation and decision kept as JSON exactly as they were, each through its
 * own stored record ({@link StoredSharingFacts}, {@link StoredRecommendation}, {@link StoredDecision}; ADR 0022).
 */
@Repository
public class DecisionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Accounts accounts;

    DecisionRepository(JdbcClient jdbc, JsonMapper json, Accounts accounts) {
        this.jdbc = jdbc;
        this.json = json;
        this.accounts = accounts;
    }

    /**
     * A version of a decision record, with (in the same statement) the organisation it shared with among the decision's
     * recipients; a first version also creates the decision itself, at the version's time. One statement, so that the
     * busiest write pays one round trip (docs/performance.md). The recorder is a user, or a partner system's API client;
     * exactly one is stored.
     */
    public void insertVersion(DecisionRecord record, DecisionVersion v, boolean byApiClient) {
        boolean first = v.version() == 1;
        // A first version's decision is written in this statement, so the recipient row takes its columns from that
        // insert: a data-modifying WITH does not see the rows another part of the same statement writes.
        String decision = first ? """
                with decision as (insert into decision (id, organisation_id, person_id, created_at) values (?, ?, ?, ?)
                returning id, person_id, created_at),
                """ : "with ";
        List<Object> params = new ArrayList<>();
        if (first) {
            params.addAll(java.util.Arrays.asList(record.id().value(), record.organisationId(), record.personId().orElse(null),
                    Timestamp.from(v.recordedAt())));
        }
        params.addAll(java.util.Arrays.asList(record.id().value(), v.version(), Timestamp.from(v.recordedAt()),
                byApiClient ? null : v.recordedBy(), byApiClient ? v.recordedBy() : null, v.correctionReason(),
                v.recommendation().guidanceVersion().label(),
                json.writeValueAsString(StoredSharingFacts.of(v.facts())),
                json.writeValueAsString(StoredRecommendation.of(v.recommendation())),
                json.writeValueAsString(StoredDecision.of(v.decision())), v.decision().choice().name(), v.departsFromRecommendation(),
                v.decision().recipientOrganisationId(),
                v.recommendation().sharingDate() == null ? null : java.sql.Date.valueOf(v.recommendation().sharingDate()),
                v.recommendation().ruleSet(), v.recommendation().outcome().name(), v.decision().purpose()));
        jdbc.sql(decision + """
                version as (insert into decision_version (decision_id, version, recorded_at, recorded_by, recorded_by_api_client,
                    correction_reason, guidance_version, facts, recommendation, decision, choice, departs_from_recommendation,
                    recipient_organisation_id, sharing_date, rule_set, outcome, purpose)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
                returning decision_id, recipient_organisation_id)
                insert into decision_recipient (organisation_id, decision_id, decision_created_at, person_id)
                select v.recipient_organisation_id, d.id, d.created_at, d.person_id from version v join decision d on d.id = v.decision_id
                where v.recipient_organisation_id is not null
                on conflict do nothing""").params(params).update();
    }

    public Optional<DecisionRecord> find(DecisionId id) {
        return records("d.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    /** Whether an organisation received the information in any version (and so may see the record). */
    public boolean sharedWith(DecisionId id, UUID organisation) {
        return jdbc.sql("select count(*) from decision_version where decision_id = ? and recipient_organisation_id = ?")
                .params(id.value(), organisation).query(Integer.class).single() > 0;
    }

    /** Newest first, every version, in one query. */
    public List<DecisionRecord> forPerson(UUID person) {
        return records("d.person_id = :person", Map.of("person", person));
    }

    /** Of these people, those a decision shared information about with the organisation (in any version). */
    public List<UUID> peopleSharedWith(UUID organisation, java.util.Collection<UUID> people) {
        return jdbc.sql("""
                select distinct person_id from decision_recipient where organisation_id = :organisation and person_id in (:people)""")
                .param("organisation", organisation).param("people", people).query(UUID.class).list();
    }

    /**
     * Decisions and all their versions in one query, newest decision first, each one's versions oldest first. The
     * recording organisation's name is the organisations module's to give (Decisions adds it); the recorders' names are
     * the accounts module's, asked for all at once.
     */
    private List<DecisionRecord> records(String condition, Map<String, ?> params) {
        Map<UUID, DecisionRecord> found = new LinkedHashMap<>();
        Map<UUID, List<Function<Map<UUID, String>, DecisionVersion>>> versions = new LinkedHashMap<>();
        Set<UUID> recorders = new HashSet<>();
        jdbc.sql("""
                select d.id as d_id, d.organisation_id, d.person_id, v.* from decision d join decision_version v on v.decision_id = d.id
                where \s""" + condition + " order by d.created_at desc, d.id, v.version").params(params).query(rs -> {
            UUID id = rs.getObject("d_id", UUID.class);
            Function<Map<UUID, String>, DecisionVersion> version = version(rs);
            recorders.add(recorder(rs));
            versions.computeIfAbsent(id, k -> new ArrayList<>()).add(version);
            found.putIfAbsent(id, new DecisionRecord(new DecisionId(id), rs.getObject("organisation_id", UUID.class), null,
                    Optional.ofNullable(rs.getObject("person_id", UUID.class)), List.of()));
        });
        Map<UUID, String> names = accounts.names(recorders);
        return found.values().stream().map(d -> new DecisionRecord(d.id(), d.organisationId(), d.organisationName(), d.personId(),
                versions.get(d.id().value()).stream().map(v -> v.apply(names)).toList())).toList();
    }

    /** A version read from its row, named once the recorders' names are known. */
    private Function<Map<UUID, String>, DecisionVersion> version(ResultSet rs) throws SQLException {
        UUID recorder = recorder(rs);
        int version = rs.getInt("version");
        Instant at = rs.getTimestamp("recorded_at").toInstant();
        String correction = rs.getString("correction_reason");
        SharingFacts facts = json.readValue(rs.getString("facts"), StoredSharingFacts.class).facts();
        Recommendation recommendation = inPublicWords(json.readValue(rs.getString("recommendation"), StoredRecommendation.class)
                .recommendation());
        DecisionTaken decision = json.readValue(rs.getString("decision"), StoredDecision.class).decision();
        boolean departs = rs.getBoolean("departs_from_recommendation");
        return names -> new DecisionVersion(version, at, recorder, names.get(recorder), correction, facts, recommendation, decision,
                departs);
    }

    /** A user, or a partner system's API client: exactly one is stored. */
    private static UUID recorder(ResultSet rs) throws SQLException {
        UUID user = rs.getObject("recorded_by", UUID.class);
        return user != null ? user : rs.getObject("recorded_by_api_client", UUID.class);
    }

    /**
     * Older records cited the working notes the service was built from; the stored JSON is never rewritten, so the
     * citations are read as the public documents they stood for, for the pages and the API alike.
     */
    private static Recommendation inPublicWords(Recommendation r) {
        return new Recommendation(r.outcome(), r.urgent(), r.escalations(), r.lawfulBasis(), r.informSubject(), r.preconditions(),
                r.reasons().stream().map(reason -> new Recommendation.Reason(reason.ruleId(), RecordedSources.publicName(reason.source()),
                        RecordedSources.withoutNotes(reason.text()))).toList(),
                r.howToShare().stream().map(RecordedSources::withoutNotes).toList(), r.guidanceVersion(), r.sharingDate(), r.ruleSet(),
                r.dutyToShare());
    }
}

package org.safeshare.consent.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.consent.ConsentId;
import org.safeshare.consent.ConsentRecord;
import org.safeshare.consent.ConsentVersion;
import org.safeshare.consent.RecordedWithdrawal;
import org.safeshare.consent.domain.ConsentTerms;
import org.safeshare.consent.domain.Withdrawal;
import org.safeshare.people.PersonId;
import org.safeshare.platform.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Consent records in PostgreSQL: each version's terms kept as JSON exactly as recorded, in their own stored form ({@link StoredConsentTerms}). */
@Repository
public class ConsentRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ConsentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insertRecord(ConsentId id, UUID organisation, PersonId person, Instant at) {
        jdbc.sql("insert into consent_record (id, organisation_id, person_id, created_at) values (?, ?, ?, ?)")
                .params(id.value(), organisation, person.value(), Timestamp.from(at)).update();
    }

    public void insertVersion(ConsentId id, int version, Actor actor, Instant at, String correctionReason, ConsentTerms terms) {
        boolean api = actor.kind() == Actor.Kind.API_CLIENT;
        jdbc.sql("""
                insert into consent_version (consent_id, version, recorded_at, recorded_by, recorded_by_api_client, recorded_by_name,
                    correction_reason, answer, expires_on, terms)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(id.value(), version, Timestamp.from(at), api ? null : actor.id(), api ? actor.id() : null, actor.displayName(),
                        correctionReason, terms.answer().name(), terms.expiresOn() == null ? null : Date.valueOf(terms.expiresOn()),
                        json.writeValueAsString(StoredConsentTerms.of(terms)))
                .update();
    }

    public void insertWithdrawal(ConsentId id, Withdrawal withdrawal, Actor actor, Instant at) {
        boolean api = actor.kind() == Actor.Kind.API_CLIENT;
        jdbc.sql("""
                insert into consent_withdrawal (consent_id, withdrawn_on, withdrawal, recorded_at, recorded_by, recorded_by_api_client,
                    recorded_by_name) values (?, ?, ?::jsonb, ?, ?, ?, ?)""")
                .params(id.value(), Date.valueOf(withdrawal.withdrawnOn()), json.writeValueAsString(StoredWithdrawal.of(withdrawal)),
                        Timestamp.from(at), api ? null : actor.id(), api ? actor.id() : null, actor.displayName())
                .update();
    }

    public Optional<ConsentRecord> find(ConsentId id) {
        return records("r.id = ?", "r.id", id.value()).stream().findFirst();
    }

    public int latestVersion(ConsentId id) {
        return jdbc.sql("select coalesce(max(version), 0) from consent_version where consent_id = ?").param(id.value())
                .query(Integer.class).single();
    }

    /** Newest first, with every version and the withdrawal, in one query. */
    public List<ConsentRecord> forPerson(PersonId person) {
        return records("r.person_id = ?", "r.created_at desc", person.value());
    }

    /** Consents of one organisation whose current version was given and expires between the two dates (inclusive), not withdrawn. */
    public List<ConsentRecord> expiring(UUID organisation, LocalDate from, LocalDate to) {
        return records("""
                r.id in (select c.id from consent_record c join consent_version v on v.consent_id = c.id
                where c.organisation_id = ? and v.answer = 'GIVEN' and v.expires_on between ? and ?
                  and v.version = (select max(version) from consent_version w where w.consent_id = c.id)
                  and not exists (select 1 from consent_withdrawal y where y.consent_id = c.id))""", "r.created_at",
                organisation, Date.valueOf(from), Date.valueOf(to)).stream()
                .sorted(Comparator.comparing((ConsentRecord c) -> c.current().terms().expiresOn())).toList();
    }

    /** Withdrawn on or after the day, latest withdrawal first. */
    public List<ConsentRecord> withdrawnSince(UUID organisation, LocalDate since) {
        return records("r.organisation_id = ? and x.withdrawn_on >= ?", "x.withdrawn_on desc", organisation, Date.valueOf(since));
    }

    /** Records with every version (oldest first) and the withdrawal, in one query: no statement per record. */
    private List<ConsentRecord> records(String condition, String order, Object... params) {
        Map<UUID, ConsentRecord> found = new LinkedHashMap<>();
        Map<UUID, List<ConsentVersion>> versions = new LinkedHashMap<>();
        jdbc.sql("""
                select r.id as r_id, r.organisation_id, r.person_id, v.*, x.withdrawal, x.recorded_at as withdrawal_recorded_at,
                       x.recorded_by_name as withdrawal_recorded_by_name
                from consent_record r join consent_version v on v.consent_id = r.id left join consent_withdrawal x on x.consent_id = r.id
                where \s""" + condition + " order by " + order + ", r.id, v.version")
                .params(params).query(rs -> {
                    UUID id = rs.getObject("r_id", UUID.class);
                    versions.computeIfAbsent(id, k -> new ArrayList<>()).add(version(rs, 0));
                    found.putIfAbsent(id, new ConsentRecord(new ConsentId(id), rs.getObject("organisation_id", UUID.class),
                            new PersonId(rs.getObject("person_id", UUID.class)), List.of(), withdrawal(rs)));
                });
        return found.values().stream().map(r -> new ConsentRecord(r.id(), r.organisationId(), r.personId(), versions.get(r.id().value()),
                r.withdrawal())).toList();
    }

    private ConsentVersion version(ResultSet rs, int row) throws SQLException {
        return new ConsentVersion(rs.getInt("version"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by_name"),
                rs.getString("correction_reason"), json.readValue(rs.getString("terms"), StoredConsentTerms.class).terms());
    }

    private Optional<RecordedWithdrawal> withdrawal(ResultSet rs) throws SQLException {
        String withdrawal = rs.getString("withdrawal");
        return withdrawal == null ? Optional.empty() : Optional.of(new RecordedWithdrawal(json.readValue(withdrawal, StoredWithdrawal.class).withdrawal(),
                rs.getTimestamp("withdrawal_recorded_at").toInstant(), rs.getString("withdrawal_recorded_by_name")));
    }
}

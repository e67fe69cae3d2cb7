package org.safeshare.consent.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

/** Consent records in PostgreSQL: each version's terms kept as JSON exactly as recorded. */
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
                        json.writeValueAsString(terms))
                .update();
    }

    public void insertWithdrawal(ConsentId id, Withdrawal withdrawal, Actor actor, Instant at) {
        boolean api = actor.kind() == Actor.Kind.API_CLIENT;
        jdbc.sql("""
                insert into consent_withdrawal (consent_id, withdrawn_on, withdrawal, recorded_at, recorded_by, recorded_by_api_client,
                    recorded_by_name) values (?, ?, ?::jsonb, ?, ?, ?, ?)""")
                .params(id.value(), Date.valueOf(withdrawal.withdrawnOn()), json.writeValueAsString(withdrawal), Timestamp.from(at),
                        api ? null : actor.id(), api ? actor.id() : null, actor.displayName())
                .update();
    }

    public Optional<ConsentRecord> find(ConsentId id) {
        return jdbc.sql("select organisation_id, person_id from consent_record where id = ?").param(id.value())
                .query((rs, n) -> new ConsentRecord(id, rs.getObject("organisation_id", UUID.class),
                        new PersonId(rs.getObject("person_id", UUID.class)), versions(id), withdrawal(id)))
                .optional();
    }

    public int latestVersion(ConsentId id) {
        return jdbc.sql("select coalesce(max(version), 0) from consent_version where consent_id = ?").param(id.value())
                .query(Integer.class).single();
    }

    /** Newest first. */
    public List<ConsentId> forPerson(PersonId person) {
        return ids(jdbc.sql("select id from consent_record where person_id = ? order by created_at desc").param(person.value()));
    }

    /** Consents of one organisation whose current version was given and expires between the two dates (inclusive), not withdrawn. */
    public List<ConsentId> expiring(UUID organisation, LocalDate from, LocalDate to) {
        return ids(jdbc.sql("""
                select r.id from consent_record r join consent_version v on v.consent_id = r.id
                where r.organisation_id = ? and v.answer = 'GIVEN' and v.expires_on between ? and ?
                  and v.version = (select max(version) from consent_version w where w.consent_id = r.id)
                  and not exists (select 1 from consent_withdrawal x where x.consent_id = r.id)
                order by v.expires_on""").params(organisation, Date.valueOf(from), Date.valueOf(to)));
    }

    public List<ConsentId> withdrawnSince(UUID organisation, LocalDate since) {
        return ids(jdbc.sql("""
                select r.id from consent_record r join consent_withdrawal x on x.consent_id = r.id
                where r.organisation_id = ? and x.withdrawn_on >= ? order by x.withdrawn_on desc""")
                .params(organisation, Date.valueOf(since)));
    }

    private static List<ConsentId> ids(JdbcClient.StatementSpec statement) {
        return statement.query((rs, n) -> new ConsentId(rs.getObject("id", UUID.class))).list();
    }

    private List<ConsentVersion> versions(ConsentId id) {
        return jdbc.sql("select * from consent_version where consent_id = ? order by version").param(id.value()).query(this::version).list();
    }

    private ConsentVersion version(ResultSet rs, int row) throws SQLException {
        return new ConsentVersion(rs.getInt("version"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by_name"),
                rs.getString("correction_reason"), json.readValue(rs.getString("terms"), ConsentTerms.class));
    }

    private Optional<RecordedWithdrawal> withdrawal(ConsentId id) {
        return jdbc.sql("select * from consent_withdrawal where consent_id = ?").param(id.value())
                .query((rs, n) -> new RecordedWithdrawal(json.readValue(rs.getString("withdrawal"), Withdrawal.class),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by_name")))
                .optional();
    }
}

package org.safeshare.disclosures.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.disclosures.domain.OutsideMethod;
import org.safeshare.disclosures.domain.OutsideSharing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Records of sharing outside Safeshare. */
@Repository
public class OutsideSharingRepository {

    private final JdbcClient jdbc;

    OutsideSharingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One record as stored, with who recorded it and when. */
    public record Stored(UUID id, UUID organisationId, UUID personId, OutsideSharing sharing, String recordedByName, Instant recordedAt) {}

    public void insert(UUID id, UUID organisation, UUID person, OutsideSharing s, UUID by, String byName, Instant at) {
        jdbc.sql("""
                insert into sharing_outside (id, organisation_id, person_id, decision_id, method, shared_on, called_back_known_number,
                    identity_checked, entitlement_checked, attendees, all_need_to_know, address_double_checked, receipt_confirmed,
                    both_ends_secure, notes, recorded_by, recorded_by_name, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation, person, s.decisionId(), s.method().name(), s.sharedOn(), s.calledBackKnownNumber(),
                        s.identityChecked(), s.entitlementChecked(), s.attendees().isEmpty() ? null : String.join("\n", s.attendees()),
                        s.allNeedToKnow(), s.addressDoubleChecked(), s.receiptConfirmed(), s.bothEndsSecure(), s.notes(), by, byName,
                        at.atOffset(ZoneOffset.UTC))
                .update();
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.sql("select * from sharing_outside where id = ?").param(id).query(OutsideSharingRepository::stored).optional();
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        String attendees = rs.getString("attendees");
        return new Stored(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getObject("person_id", UUID.class),
                new OutsideSharing(rs.getObject("decision_id", UUID.class), OutsideMethod.valueOf(rs.getString("method")),
                        rs.getObject("shared_on", java.time.LocalDate.class), rs.getBoolean("called_back_known_number"),
                        rs.getBoolean("identity_checked"), rs.getBoolean("entitlement_checked"),
                        attendees == null ? java.util.List.of() : Arrays.asList(attendees.split("\n")), rs.getBoolean("all_need_to_know"),
                        rs.getBoolean("address_double_checked"), rs.getBoolean("receipt_confirmed"), rs.getBoolean("both_ends_secure"),
                        rs.getString("notes")),
                rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant());
    }
}

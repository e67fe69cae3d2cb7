package org.safeshare.consent.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.consent.ConsentId;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which decisions rely on which consent record, as their latest version says: one row per decision. */
@Repository
public class RelianceRepository {

    /** A decision that relied on a consent: for what purpose, shared (or not) with which organisation. */
    public record Reliance(UUID decisionId, PurposeCategory purpose, Optional<UUID> recipientOrganisationId, boolean shares) {}

    private final JdbcClient jdbc;

    RelianceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The decision's latest version replaces what an earlier one relied on; without a consent it relies on none. */
    public void replace(UUID decision, int version, java.time.Instant at, Optional<ConsentId> consent, Reliance reliance) {
        if (version > 1) {
            // A first version has no earlier reliance to replace: one statement fewer on the busiest write.
            jdbc.sql("delete from consent_reliance where decision_id = ?").param(decision).update();
        }
        consent.ifPresent(c -> jdbc.sql("""
                insert into consent_reliance (decision_id, consent_id, decision_version, purpose, recipient_organisation_id, shares,
                    recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(decision, c.value(), version, reliance.purpose() == null ? null : reliance.purpose().name(),
                        reliance.recipientOrganisationId().orElse(null), reliance.shares(), java.sql.Timestamp.from(at))
                .update());
    }

    /** Oldest decision first. */
    public List<Reliance> on(ConsentId consent) {
        return jdbc.sql("select * from consent_reliance where consent_id = ? order by recorded_at, decision_id").param(consent.value())
                .query((rs, n) -> new Reliance(rs.getObject("decision_id", UUID.class),
                        Optional.ofNullable(rs.getString("purpose")).map(PurposeCategory::valueOf).orElse(null),
                        Optional.ofNullable(rs.getObject("recipient_organisation_id", UUID.class)), rs.getBoolean("shares")))
                .list();
    }
}

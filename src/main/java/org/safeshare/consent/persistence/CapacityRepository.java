package org.safeshare.consent.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.consent.GroundRecord;
import org.safeshare.consent.domain.CapacityAssessment;
import org.safeshare.consent.domain.GroundToProceed;
import org.safeshare.people.PersonId;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Capacity assessments and grounds to proceed without consent, kept as JSON; approvals in their own rows. */
@Repository
public class CapacityRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CapacityRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insertAssessment(UUID organisation, PersonId person, CapacityAssessment a, Actor actor, Instant at) {
        jdbc.sql("""
                insert into capacity_assessment (id, organisation_id, person_id, assessed_on, assessment, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(a.id(), organisation, person.value(), Date.valueOf(a.assessedOn()),
                        json.writeValueAsString(StoredCapacity.StoredAssessment.of(a)), Timestamp.from(at), actor.id())
                .update();
    }

    public List<CapacityAssessment> assessments(PersonId person) {
        return jdbc.sql("select assessment from capacity_assessment where person_id = ? order by assessed_on desc, recorded_at desc")
                .param(person.value())
                .query((rs, n) -> json.readValue(rs.getString("assessment"), StoredCapacity.StoredAssessment.class).assessment()).list();
    }

    public void insertGround(UUID organisation, PersonId person, GroundToProceed g, Actor actor, Instant at) {
        jdbc.sql("""
                insert into consent_ground (id, organisation_id, person_id, ground, approval_role, recorded_at, recorded_by)
                values (?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(g.id(), organisation, person.value(), json.writeValueAsString(StoredCapacity.StoredGround.of(g)),
                        g.approvalRole() == null ? null : g.approvalRole().name(), Timestamp.from(at), actor.id())
                .update();
    }

    public void approve(UUID ground, Actor approver, LocalDate on, Instant at) {
        jdbc.sql("insert into consent_ground_approval (ground_id, approved_by, approved_by_name, approved_on, recorded_at) values (?, ?, ?, ?, ?)")
                .params(ground, approver.id(), approver.displayName(), Date.valueOf(on), Timestamp.from(at)).update();
    }

    public List<GroundToProceed> grounds(PersonId person) {
        return jdbc.sql(GROUNDS + " where g.person_id = ? order by g.recorded_at desc").param(person.value()).query(this::ground).list();
    }

    /** A ground with the organisation and person it belongs to, for access checks and approval. */
    public Optional<GroundRecord> findGround(UUID id) {
        return jdbc.sql(GROUNDS + " where g.id = ?").param(id)
                .query((rs, n) -> new GroundRecord(rs.getObject("organisation_id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                        null, ground(rs, n)))
                .optional();
    }

    public List<GroundRecord> awaitingApproval(UUID organisation, Role role) {
        return jdbc.sql(GROUNDS + " where g.organisation_id = ? and g.approval_role = ? and a.ground_id is null order by g.recorded_at")
                .params(organisation, role.name())
                .query((rs, n) -> new GroundRecord(organisation, new PersonId(rs.getObject("person_id", UUID.class)), null,
                        ground(rs, n)))
                .list();
    }

    /** This module's own tables only: whom a ground is about is named by the people module (People.identities). */
    private static final String GROUNDS = """
            select g.*, a.approved_by_name, a.approved_on
            from consent_ground g left join consent_ground_approval a on a.ground_id = g.id""";

    private GroundToProceed ground(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        GroundToProceed g = json.readValue(rs.getString("ground"), StoredCapacity.StoredGround.class).groundToProceed();
        Date approvedOn = rs.getDate("approved_on");
        return new GroundToProceed(g.id(), g.ground(), g.harmForm(), g.purpose(), g.recipientOrganisation(), g.reasons(), g.decidedBy(),
                g.decidedOn(), g.approvalRole(), rs.getString("approved_by_name"), approvedOn == null ? null : approvedOn.toLocalDate());
    }
}

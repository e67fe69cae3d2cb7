package org.safeshare.people.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.people.NewRelationship;
import org.safeshare.people.PersonId;
import org.safeshare.people.Relation;
import org.safeshare.people.RelationshipId;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.RelationshipType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Relationships in PostgreSQL, stored once ("related is the subject's type") and read from either side. */
@Repository
public class RelationshipRepository {

    private final JdbcClient jdbc;

    RelationshipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RelationshipId id, UUID organisation, NewRelationship r, Recorder by) {
        jdbc.sql("""
                insert into relationship (id, organisation_id, subject_person_id, related_person_id, type, parental_responsibility,
                    parental_responsibility_basis, created_by, created_by_api_client)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), organisation, r.subject().value(), r.related().value(), r.type().name(), r.parentalResponsibility(),
                        r.basis().map(Enum::name).orElse(null), by.userId(), by.apiClientId())
                .update();
    }

    public boolean exists(PersonId subject, PersonId related, RelationshipType type) {
        return jdbc.sql("select count(*) from relationship where subject_person_id = ? and related_person_id = ? and type = ?")
                .params(subject.value(), related.value(), type.name()).query(Long.class).single() > 0;
    }

    /** Both directions, each with the other person's details, oldest first. */
    public List<Relation> involving(PersonId person) {
        return jdbc.sql("select r.id as relationship_id, r.type, r.parental_responsibility, r.parental_responsibility_basis,"
                        + " r.subject_person_id = :person as towards_them, " + PersonRows.COLUMNS
                        + " from relationship r join person p on p.id = case when r.subject_person_id = :person"
                        + " then r.related_person_id else r.subject_person_id end"
                        + " where r.subject_person_id = :person or r.related_person_id = :person order by r.created_at, r.id")
                .param("person", person.value())
                .query((rs, n) -> new Relation(new RelationshipId(rs.getObject("relationship_id", UUID.class)),
                        new PersonId(rs.getObject("id", UUID.class)), PersonRows.person(rs).displayName(),
                        RelationshipType.valueOf(rs.getString("type")), rs.getBoolean("towards_them"),
                        rs.getBoolean("parental_responsibility"),
                        Optional.ofNullable(rs.getString("parental_responsibility_basis")).map(ParentalResponsibilityBasis::valueOf)))
                .list();
    }
}

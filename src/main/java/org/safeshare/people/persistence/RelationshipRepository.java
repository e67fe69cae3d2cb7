package org.safeshare.people.persistence;

import java.util.UUID;
import org.safeshare.people.NewRelationship;
import org.safeshare.people.PersonId;
import org.safeshare.people.RelationshipId;
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
}

package org.safeshare.people.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.people.KnownAddress;
import org.safeshare.people.PersonId;
import org.safeshare.people.Relation;
import org.safeshare.people.RelationshipId;
import org.safeshare.people.domain.Address;
import org.safeshare.people.domain.OtherName;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.Person;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.PersonName;
import org.safeshare.people.domain.Postcode;
import org.safeshare.people.domain.RelationshipType;
import org.safeshare.people.domain.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's whole record (the row, other names, addresses and network) in one query and one round trip, instead of
 * four: the guarded read runs on every person page and every decision recorded about someone (docs/performance.md).
 * The lists come as JSON arrays of values, in the orders the pages show them.
 */
@Repository
public class WholeRecords {

    private static final String QUERY = "select " + PersonRows.COLUMNS + """
            ,
              (select coalesce(json_agg(json_build_array(o.kind, o.given_name, o.family_name) order by o.kind, o.family_name), '[]')
                 from person_other_name o where o.person_id = p.id) as other_names,
              (select coalesce(json_agg(json_build_array(a.line1, a.line2, a.town, a.postcode, a.current, a.created_at)
                 order by a.current desc, a.created_at desc), '[]') from person_address a where a.person_id = p.id) as addresses,
              (select coalesce(json_agg(json_build_array(r.id, r.type, r.parental_responsibility, r.parental_responsibility_basis,
                 r.subject_person_id = p.id, q.id, q.kind, q.given_name, q.family_name, q.date_of_birth,
                 q.expected_date_of_delivery, q.sex) order by r.created_at, r.id), '[]')
                 from relationship r join person q on q.id = case when r.subject_person_id = p.id then r.related_person_id
                 else r.subject_person_id end
                 where r.subject_person_id = p.id or r.related_person_id = p.id) as relations
            from person p where p.id = ?""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WholeRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A person's record as stored, with the organisation that holds it (to be checked before any of it is shown). */
    public record Whole(StoredPerson stored, List<OtherName> otherNames, List<KnownAddress> addresses, List<Relation> relations) {}

    public Optional<Whole> find(PersonId id) {
        return jdbc.sql(QUERY).param(id.value()).query((rs, n) -> new Whole(PersonRows.stored(rs, n),
                list(rs.getString("other_names"), WholeRecords::otherName), list(rs.getString("addresses"), WholeRecords::address),
                list(rs.getString("relations"), WholeRecords::relation))).optional();
    }

    private <T> List<T> list(String array, java.util.function.Function<JsonNode, T> each) {
        List<T> found = new ArrayList<>();
        json.readTree(array).forEach(values -> found.add(each.apply(values)));
        return found;
    }

    private static OtherName otherName(JsonNode v) {
        return new OtherName(OtherName.Kind.valueOf(v.get(0).asString()), text(v.get(1)), text(v.get(2)));
    }

    private static KnownAddress address(JsonNode v) {
        return new KnownAddress(new Address(text(v.get(0)), text(v.get(1)), text(v.get(2)), new Postcode(text(v.get(3)))),
                v.get(4).asBoolean(), OffsetDateTime.parse(v.get(5).asString()).toInstant());
    }

    private static Relation relation(JsonNode v) {
        Person other = new Person(PersonKind.valueOf(v.get(6).asString()), new PersonName(text(v.get(7)), text(v.get(8))),
                date(v.get(9)), date(v.get(10)), Sex.valueOf(v.get(11).asString()), Optional.empty(), Optional.empty());
        return new Relation(new RelationshipId(UUID.fromString(v.get(0).asString())), new PersonId(UUID.fromString(v.get(5).asString())),
                other.displayName(), RelationshipType.valueOf(v.get(1).asString()), v.get(4).asBoolean(), v.get(2).asBoolean(),
                Optional.ofNullable(text(v.get(3))).map(ParentalResponsibilityBasis::valueOf));
    }

    private static Optional<LocalDate> date(JsonNode value) {
        return Optional.ofNullable(text(value)).map(LocalDate::parse);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}

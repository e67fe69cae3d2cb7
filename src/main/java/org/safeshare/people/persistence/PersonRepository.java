package org.safeshare.people.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonSearch;
import org.safeshare.people.PersonSummary;
import org.safeshare.people.domain.Address;
import org.safeshare.people.domain.NhsNumber;
import org.safeshare.people.domain.OtherName;
import org.safeshare.people.domain.Person;
import org.safeshare.people.domain.PersonKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People, their other names and addresses in PostgreSQL. Every search is within one organisation. */
@Repository
public class PersonRepository {

    private static final String ORDER = " order by lower(p.family_name), lower(p.given_name), p.date_of_birth limit ";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PersonId id, UUID organisation, Person p, List<OtherName> otherNames, Optional<Address> address, Recorder by) {
        jdbc.sql("""
                insert into person (id, organisation_id, kind, given_name, family_name, date_of_birth, expected_date_of_delivery,
                    sex, nhs_number, unique_pupil_number, created_by, created_by_api_client)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), organisation, p.kind().name(), p.name().givenName(), p.name().familyName(),
                        p.dateOfBirth().orElse(null), p.expectedDateOfDelivery().orElse(null), p.sex().name(),
                        p.nhsNumber().map(NhsNumber::value).orElse(null), p.uniquePupilNumber().map(Object::toString).orElse(null),
                        by.userId(), by.apiClientId())
                .update();
        otherNames.forEach(name -> insertOtherName(id, name));
        address.ifPresent(a -> jdbc.sql("insert into person_address (id, person_id, line1, line2, town, postcode) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id.value(), a.line1(), a.line2(), a.town(), a.postcode().value()).update());
    }

    public Optional<StoredPerson> find(PersonId id) {
        return jdbc.sql("select " + PersonRows.COLUMNS + " from person p where p.id = ?").param(id.value())
                .query(PersonRows::stored).optional();
    }

    /** These people, in one query. */
    public List<StoredPerson> findAll(java.util.Collection<PersonId> ids) {
        return jdbc.sql("select " + PersonRows.COLUMNS + " from person p where p.id in (:ids)")
                .param("ids", ids.stream().map(PersonId::value).toList()).query(PersonRows::stored).list();
    }

    /** The ids of every person the organisation holds, for its auditor's view of the trail. */
    public List<UUID> idsHeldBy(UUID organisation) {
        return jdbc.sql("select id from person where organisation_id = ?").param(organisation).query(UUID.class).list();
    }

    /** Every given condition must match; a name matches word by word against current and other names. */
    public List<PersonSummary> search(UUID organisation, PersonSearch search, int limit) {
        StringBuilder sql = new StringBuilder("select " + PersonRows.COLUMNS + " from person p where p.organisation_id = ?");
        List<Object> params = new ArrayList<>(List.of(organisation));
        search.nhsNumber().ifPresent(n -> {
            sql.append(" and p.nhs_number = ?");
            params.add(n.value());
        });
        search.dateOfBirth().ifPresent(d -> {
            sql.append(" and p.date_of_birth = ?");
            params.add(d);
        });
        search.name().ifPresent(name -> nameConditions(organisation, name, sql, params));
        sql.append(ORDER).append(limit);
        return jdbc.sql(sql.toString()).params(params).query(PersonRows::summary).list();
    }

    public List<PersonSummary> withNhsNumber(UUID organisation, NhsNumber nhsNumber) {
        return jdbc.sql("select " + PersonRows.COLUMNS + " from person p where p.organisation_id = ? and p.nhs_number = ?" + ORDER + 20)
                .params(organisation, nhsNumber.value()).query(PersonRows::summary).list();
    }

    /** Exact (case-insensitive) name and birth or expected date: the likeliest duplicates. */
    public List<PersonSummary> sameNameAndDate(UUID organisation, Person person) {
        return jdbc.sql("select " + PersonRows.COLUMNS + " from person p where p.organisation_id = ? and p.kind = ?"
                        + " and lower(coalesce(p.given_name, '')) = ? and lower(coalesce(p.family_name, '')) = ?"
                        + " and coalesce(p.date_of_birth, p.expected_date_of_delivery) = ?" + ORDER + 20)
                .params(organisation, person.kind().name(), lower(person.name().givenName()), lower(person.name().familyName()),
                        person.dateOfBirth().or(person::expectedDateOfDelivery).orElseThrow())
                .query(PersonRows::summary).list();
    }

    /** Someone without an NHS number (an unborn baby, say) found by kind and name: for idempotent set-up only. */
    public Optional<PersonId> named(UUID organisation, PersonKind kind, String givenName, String familyName) {
        return jdbc.sql("select p.id from person p where p.organisation_id = ? and p.kind = ?"
                        + " and lower(coalesce(p.given_name, '')) = ? and lower(coalesce(p.family_name, '')) = ? limit 1")
                .params(organisation, kind.name(), lower(givenName), lower(familyName))
                .query((rs, n) -> new PersonId(rs.getObject("id", UUID.class))).optional();
    }

    public void insertOtherName(PersonId id, OtherName name) {
        jdbc.sql("insert into person_other_name (id, person_id, kind, given_name, family_name) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id.value(), name.kind().name(), name.givenName(), name.familyName()).update();
    }

    /**
     * Each word must match a current or other name. One branch per column, joined by union, so that each can use its
     * trigram index (V101); an "or" across the person and their other names would read every person of the organisation.
     */
    private static void nameConditions(UUID organisation, String name, StringBuilder sql, List<Object> params) {
        String[] words = name.toLowerCase(Locale.UK).split("\\s+");
        for (int i = 0; i < Math.min(words.length, 4); i++) {
            String like = "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and p.id in (select n.id from person n where n.organisation_id = ? and lower(n.given_name) like ?"
                    + " union select n.id from person n where n.organisation_id = ? and lower(n.family_name) like ?"
                    + " union select o.person_id from person_other_name o where lower(o.given_name) like ?"
                    + " union select o.person_id from person_other_name o where lower(o.family_name) like ?)");
            params.addAll(List.of(organisation, like, organisation, like, like, like));
        }
    }

    private static String lower(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.UK);
    }
}

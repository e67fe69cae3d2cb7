package org.safeshare.people;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The linkage keys of every child's record the given organisations hold, read in one query, for the matching module
 * alone: it compares them and answers with organisations, dates and field weights, never with the records' contents.
 * The reads that show a person are {@link People}'s, guarded and audited.
 */
@Component
@Transactional(readOnly = true)
public class PeopleForLinkage {

    private static final String KEYS = """
            select p.id, p.organisation_id, p.created_at, p.nhs_number, p.unique_pupil_number, p.given_name, p.family_name,
                   p.date_of_birth, p.sex, a.postcode, concat_ws(' ', a.line1, a.line2, a.town) as address,
                   (select string_agg(coalesce(o.given_name, '') || chr(31) || o.family_name, chr(30))
                    from person_other_name o where o.person_id = p.id) as other_names
            from person p
            left join lateral (select * from person_address pa where pa.person_id = p.id and pa.current
                               order by pa.created_at desc limit 1) a on true
            """;

    private final JdbcClient jdbc;

    PeopleForLinkage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The keys of a record the caller has already read through {@link People#visible}. */
    public LinkageKeys of(VisiblePerson person) {
        return jdbc.sql(KEYS + " where p.id = :id").param("id", person.id().value()).query((rs, n) -> keys(rs)).single();
    }

    /**
     * The keys of these children's records (adults and unborn babies are left out), in one query: a lookup's candidates, or
     * a batch of the linkage catch-up's with theirs (tens of thousands of ids: one array, not a parameter each).
     */
    public List<LinkageKeys> children(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(KEYS + " where p.kind = 'CHILD' and p.id = any(:ids)").param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> keys(rs)).list();
    }

    /**
     * Up to {@code most} children's record ids in id order after {@code after} (empty: from the first): the linkage
     * index's catch-up walks them page by page to find records no event indexed, without reading the people's tables.
     */
    public List<UUID> childIdsAfter(java.util.Optional<UUID> after, int most) {
        return jdbc.sql("""
                        select id from person where kind = 'CHILD' and (cast(:after as uuid) is null or id > cast(:after as uuid))
                        order by id limit :most""")
                .param("after", after.orElse(null)).param("most", most).query(UUID.class).list();
    }

    /** How many children's records each organisation holds: set against the index's own count to see what is missing. */
    public java.util.Map<UUID, Long> childrenByOrganisation() {
        return jdbc.sql("select organisation_id, count(*) as records from person where kind = 'CHILD' group by organisation_id")
                .query((rs, n) -> java.util.Map.entry(rs.getObject("organisation_id", UUID.class), rs.getLong("records"))).list()
                .stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    /** Which organisation holds each of these records: for the review queue, which names organisations, not people. */
    public java.util.Map<UUID, UUID> holders(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select id, organisation_id from person where id in (:ids)").param("ids", ids)
                .query((rs, n) -> java.util.Map.entry(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class))).list()
                .stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    private static LinkageKeys keys(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LinkageKeys(new PersonId(rs.getObject("id", UUID.class)), rs.getObject("organisation_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("nhs_number"), rs.getString("unique_pupil_number"),
                rs.getString("given_name"), rs.getString("family_name"), rs.getObject("date_of_birth", java.time.LocalDate.class),
                rs.getString("sex"), rs.getString("postcode"), rs.getString("address"), otherNames(rs.getString("other_names")));
    }

    private static List<LinkageKeys.Name> otherNames(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(joined.split("\u001e")).map(n -> n.split("\u001f", 2))
                .map(parts -> new LinkageKeys.Name(parts[0], parts.length > 1 ? parts[1] : "")).toList();
    }
}

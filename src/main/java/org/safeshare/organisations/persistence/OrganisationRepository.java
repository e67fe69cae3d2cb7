package org.safeshare.organisations.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.safeshare.organisations.ContactPoint;
import org.safeshare.organisations.Identifier;
import org.safeshare.organisations.IdentifierScheme;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.organisations.Partnership;
import org.safeshare.organisations.PartnershipId;
import org.safeshare.organisations.SharingStanding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Organisations and partnerships in PostgreSQL. */
@Repository
public class OrganisationRepository {

    /** An organisation with its identifiers and contact points, in one statement however many organisations are read. */
    private static final String ORGANISATION = """
            select o.*,
                (select coalesce(json_agg(json_build_object('scheme', i.scheme, 'value', i.value) order by i.scheme), '[]')
                    from organisation_identifier i where i.organisation_id = o.id) as identifiers,
                (select coalesce(json_agg(json_build_object('kind', c.kind, 'label', c.label, 'value', c.value) order by c.kind, c.label), '[]')
                    from organisation_contact_point c where c.organisation_id = o.id) as contact_points
            from organisation o""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OrganisationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Partnership> partnershipNamed(String name) {
        return jdbc.sql("select id, name from partnership where name = ?").param(name)
                .query((rs, n) -> new Partnership(new PartnershipId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .optional();
    }

    public String guidanceVersion(PartnershipId id) {
        return jdbc.sql("select guidance_version from partnership where id = ?").param(id.value()).query(String.class).single();
    }

    public void pinGuidanceVersion(PartnershipId id, String version) {
        jdbc.sql("update partnership set guidance_version = ? where id = ?").params(version, id.value()).update();
    }

    public void insertPartnership(Partnership partnership) {
        jdbc.sql("insert into partnership (id, name) values (?, ?)").params(partnership.id().value(), partnership.name()).update();
    }

    /** The organisation's name and its partnership's, in one query: every page's header needs them. */
    public Optional<String[]> names(OrganisationId id) {
        return jdbc.sql("select o.name, p.name as partnership from organisation o join partnership p on p.id = o.partnership_id where o.id = ?")
                .param(id.value()).query((rs, n) -> new String[] {rs.getString("name"), rs.getString("partnership")}).optional();
    }

    /** The partnership of each of these organisations, in one query. */
    public java.util.Map<OrganisationId, PartnershipId> partnerships(java.util.Collection<OrganisationId> ids) {
        java.util.Map<OrganisationId, PartnershipId> partnerships = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, partnership_id from organisation where id in (:ids)")
                    .param("ids", ids.stream().map(OrganisationId::value).toList())
                    .query(rs -> {
                        partnerships.put(new OrganisationId(rs.getObject("id", java.util.UUID.class)),
                                new PartnershipId(rs.getObject("partnership_id", java.util.UUID.class)));
                    });
        }
        return partnerships;
    }

    /** The names of these organisations, in one query. */
    public java.util.Map<OrganisationId, String> names(java.util.Collection<OrganisationId> ids) {
        java.util.Map<OrganisationId, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from organisation where id in (:ids)").param("ids", ids.stream().map(OrganisationId::value).toList())
                    .query(rs -> {
                        names.put(new OrganisationId(rs.getObject("id", java.util.UUID.class)), rs.getString("name"));
                    });
        }
        return names;
    }

    public Optional<SharingStanding> standing(OrganisationId id) {
        return jdbc.sql("""
                select o.name, o.partnership_id, o.public_authority, o.covered_by_duty_to_share, p.guidance_version
                from organisation o join partnership p on p.id = o.partnership_id where o.id = ?""").param(id.value())
                .query((rs, n) -> new SharingStanding(id, rs.getString("name"), new PartnershipId(rs.getObject("partnership_id", UUID.class)),
                        rs.getBoolean("public_authority"), rs.getBoolean("covered_by_duty_to_share"), rs.getString("guidance_version")))
                .optional();
    }

    public Optional<Organisation> find(OrganisationId id) {
        return jdbc.sql(ORGANISATION + " where o.id = ?").param(id.value()).query(this::organisation).optional();
    }

    public List<Organisation> inPartnership(PartnershipId id) {
        return jdbc.sql(ORGANISATION + " where o.partnership_id = ? order by o.name").param(id.value()).query(this::organisation).list();
    }

    public Optional<Organisation> named(PartnershipId partnership, String name) {
        return jdbc.sql(ORGANISATION + " where o.partnership_id = ? and o.name = ?").params(partnership.value(), name)
                .query(this::organisation).optional();
    }

    public void insert(Organisation o) {
        jdbc.sql("""
                insert into organisation (id, partnership_id, parent_id, type, name, public_authority, covered_by_duty_to_share)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(o.id().value(), o.partnershipId().value(), o.parentId().map(OrganisationId::value).orElse(null),
                        o.type().name(), o.name(), o.publicAuthority(), o.coveredByDutyToShare())
                .update();
        for (Identifier identifier : o.identifiers()) {
            jdbc.sql("insert into organisation_identifier (organisation_id, scheme, value) values (?, ?, ?)")
                    .params(o.id().value(), identifier.scheme().name(), identifier.value()).update();
        }
        for (ContactPoint point : o.contactPoints()) {
            jdbc.sql("insert into organisation_contact_point (id, organisation_id, kind, label, value) values (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), o.id().value(), point.kind().name(), point.label(), point.value()).update();
        }
    }

    private Organisation organisation(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID parent = rs.getObject("parent_id", UUID.class);
        return new Organisation(new OrganisationId(id), new PartnershipId(rs.getObject("partnership_id", UUID.class)),
                Optional.ofNullable(parent).map(OrganisationId::new), OrganisationType.valueOf(rs.getString("type")),
                rs.getString("name"), identifiers(rs.getString("identifiers")), contactPoints(rs.getString("contact_points")),
                rs.getBoolean("public_authority"),
                rs.getBoolean("covered_by_duty_to_share"));
    }

    public void recordSharerStatus(OrganisationId id, boolean publicAuthority, boolean coveredByDutyToShare) {
        jdbc.sql("update organisation set public_authority = ?, covered_by_duty_to_share = ? where id = ?")
                .params(publicAuthority, coveredByDutyToShare, id.value()).update();
    }

    private List<Identifier> identifiers(String stored) {
        return Stream.of(json.readValue(stored, IdentifierRow[].class))
                .map(i -> new Identifier(IdentifierScheme.valueOf(i.scheme()), i.value())).toList();
    }

    private List<ContactPoint> contactPoints(String stored) {
        return Stream.of(json.readValue(stored, ContactPointRow[].class))
                .map(c -> new ContactPoint(ContactPoint.Kind.valueOf(c.kind()), c.label(), c.value())).toList();
    }

    /** An identifier as the query aggregates it. */
    private record IdentifierRow(String scheme, String value) {}

    /** A contact point as the query aggregates it. */
    private record ContactPointRow(String kind, String label, String value) {}
}

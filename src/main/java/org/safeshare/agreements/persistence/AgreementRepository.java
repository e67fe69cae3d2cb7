package org.safeshare.agreements.persistence;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.agreements.AgreedPurpose;
import org.safeshare.agreements.Agreement;
import org.safeshare.agreements.LawfulBasisCited;
import org.safeshare.organisations.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agreements in PostgreSQL; a partnership's agreements with their parties are one query. */
@Repository
public class AgreementRepository {

    private static final String SELECT = """
            select a.*, array(select p.organisation_id::text from agreement_party p where p.agreement_id = a.id) as parties
            from information_sharing_agreement a""";

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agreement> inPartnership(UUID partnership) {
        return jdbc.sql(SELECT + " where a.partnership_id = ? order by a.starts_on desc, a.title").param(partnership)
                .query(AgreementRepository::agreement).list();
    }

    /** The agreements this organisation is party to, newest first. */
    public List<Agreement> withParty(UUID organisation) {
        return jdbc.sql(SELECT + " where exists (select 1 from agreement_party q where q.agreement_id = a.id and q.organisation_id = ?)"
                + " order by a.starts_on desc, a.title").param(organisation).query(AgreementRepository::agreement).list();
    }

    public Optional<Agreement> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AgreementRepository::agreement).optional();
    }

    public void insert(Agreement a, UUID recordedBy, Instant at) {
        jdbc.sql("""
                insert into information_sharing_agreement (id, partnership_id, title, purposes, information_categories, lawful_bases,
                    starts_on, review_on, ends_on, dpia_reference, signatories, recorded_by, recorded_at)
                values (:id, :partnership, :title, :purposes, :categories, :bases, :startsOn, :reviewOn, :endsOn, :dpia, :signatories,
                    :by, :at)""")
                .param("id", a.id()).param("partnership", a.partnershipId()).param("title", a.title())
                .param("purposes", a.purposes().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("categories", a.informationCategories().toArray(String[]::new))
                .param("bases", a.lawfulBases().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("startsOn", Date.valueOf(a.startsOn())).param("reviewOn", Date.valueOf(a.reviewOn()))
                .param("endsOn", a.endsOn().map(Date::valueOf).orElse(null), java.sql.Types.DATE).param("dpia", a.dpiaReference())
                .param("signatories", a.signatories().toArray(String[]::new)).param("by", recordedBy).param("at", Timestamp.from(at))
                .update();
        for (OrganisationId party : a.parties()) {
            jdbc.sql("insert into agreement_party (agreement_id, organisation_id) values (?, ?)").params(a.id(), party.value()).update();
        }
    }

    /** Notes a sharing outside any agreement, once per decision. */
    public void flagOutside(UUID decision, UUID sharer, UUID recipient, AgreedPurpose purpose, LocalDate on, Instant at) {
        jdbc.sql("""
                insert into sharing_outside_agreement (decision_id, sharer_organisation_id, recipient_organisation_id, purpose, shared_on, flagged_at)
                values (?, ?, ?, ?, ?, ?) on conflict (decision_id) do nothing""")
                .params(decision, sharer, recipient, purpose.name(), Date.valueOf(on), Timestamp.from(at)).update();
    }

    /** Sharings outside any agreement by these organisations, newest first. */
    public List<OutsideRow> outside(List<UUID> sharers) {
        if (sharers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select decision_id, sharer_organisation_id, recipient_organisation_id, purpose, shared_on, reviewed_at, reviewed_by_name,
                       review_note
                from sharing_outside_agreement
                where sharer_organisation_id in (:sharers) order by flagged_at desc limit 500""")
                .param("sharers", sharers).query(AgreementRepository::outsideRow).list();
    }

    private static OutsideRow outsideRow(ResultSet rs, int row) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new OutsideRow(rs.getObject("decision_id", UUID.class), rs.getObject("sharer_organisation_id", UUID.class),
                rs.getObject("recipient_organisation_id", UUID.class), AgreedPurpose.valueOf(rs.getString("purpose")),
                rs.getDate("shared_on").toLocalDate(), reviewed == null ? Optional.empty()
                        : Optional.of(new Review(reviewed.toInstant(), rs.getString("reviewed_by_name"), rs.getString("review_note"))));
    }

    /** The organisation that shared, if this decision was flagged as outside any agreement. */
    public Optional<UUID> outsideSharer(UUID decision) {
        return jdbc.sql("select sharer_organisation_id from sharing_outside_agreement where decision_id = ?").param(decision)
                .query(UUID.class).optional();
    }

    /** Records the review once: false if it was already reviewed. */
    public boolean review(UUID decision, Instant at, UUID by, String byName, String note) {
        return jdbc.sql("""
                update sharing_outside_agreement set reviewed_at = ?, reviewed_by = ?, reviewed_by_name = ?, review_note = ?
                where decision_id = ? and reviewed_at is null""").params(Timestamp.from(at), by, byName, note, decision).update() == 1;
    }

    /** A sharing outside any agreement, as stored, with its review once there is one. */
    public record OutsideRow(UUID decision, UUID sharer, UUID recipient, AgreedPurpose purpose, LocalDate sharedOn, Optional<Review> review) {}

    /** The IG lead's review: when, by whom, and their note. */
    public record Review(Instant at, String byName, String note) {}

    private static Agreement agreement(ResultSet rs, int row) throws SQLException {
        Date ends = rs.getDate("ends_on");
        return new Agreement(rs.getObject("id", UUID.class), rs.getObject("partnership_id", UUID.class), rs.getString("title"),
                strings(rs.getArray("parties")).stream().map(OrganisationId::of).collect(Collectors.toSet()),
                enums(rs.getArray("purposes"), AgreedPurpose.class), strings(rs.getArray("information_categories")),
                enums(rs.getArray("lawful_bases"), LawfulBasisCited.class), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("review_on").toLocalDate(), Optional.ofNullable(ends).map(Date::toLocalDate), rs.getString("dpia_reference"),
                strings(rs.getArray("signatories")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        return strings(array).stream().map(name -> Enum.valueOf(type, name)).collect(Collectors.toSet());
    }
}

package org.safeshare.disclosures.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.disclosures.Recall;
import org.safeshare.disclosures.ReleaseState;
import org.safeshare.disclosures.domain.ItemContent;
import org.safeshare.disclosures.domain.ItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disclosures, their recipients and items in PostgreSQL; content is sealed here, on the way in. */
@Repository
public class DisclosureRepository {

    private final JdbcClient jdbc;
    private final SealedContent sealing;

    DisclosureRepository(JdbcClient jdbc, SealedContent sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    /** The clear part of a new disclosure. */
    public record NewRow(UUID id, UUID senderOrganisationId, UUID sentBy, boolean sentByApiClient, String sentByName,
            UUID recipientOrganisationId, UUID personId, UUID decisionId, Optional<UUID> requestId, boolean told, Instant sentAt) {}

    public record NewRecipient(UUID id, boolean apiClient, String name, boolean team) {}

    public record NewItem(UUID id, ItemContent content, boolean identitiesAtRisk) {}

    public void insert(NewRow row, SealedContent.Header header, List<NewRecipient> recipients, List<NewItem> items) {
        jdbc.sql("""
                insert into disclosure (id, sender_organisation_id, sent_by, sent_by_api_client, sent_by_name, recipient_organisation_id,
                    person_id, decision_id, request_id, told, has_conditions, header_sealed, sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.id(), row.senderOrganisationId(), row.sentBy(), row.sentByApiClient(), row.sentByName(),
                        row.recipientOrganisationId(), row.personId(), row.decisionId(), row.requestId().orElse(null), row.told(),
                        header.conditions().isPresent(), sealing.sealHeader(row.senderOrganisationId(), row.id(), header), at(row.sentAt()))
                .update();
        for (NewRecipient recipient : recipients) {
            jdbc.sql("insert into disclosure_recipient (disclosure_id, recipient_id, api_client, name, team) values (?, ?, ?, ?, ?)")
                    .params(row.id(), recipient.id(), recipient.apiClient(), recipient.name(), recipient.team()).update();
        }
        int position = 1;
        for (NewItem item : items) {
            jdbc.sql("""
                    insert into disclosure_item (id, disclosure_id, position, kind, content_sealed, identities_at_risk, release_state)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(item.id(), row.id(), position++, item.content().kind().name(),
                            sealing.sealItem(row.senderOrganisationId(), row.id(), item.id(), item.content()), item.identitiesAtRisk(),
                            (item.identitiesAtRisk() ? ReleaseState.REDACTED : ReleaseState.NONE).name())
                    .update();
        }
    }

    public Optional<StoredDisclosure> find(UUID id) {
        List<StoredDisclosure.Recipient> recipients = jdbc.sql("""
                select recipient_id, api_client, name, acknowledged_at, opened_at, team, via_team from disclosure_recipient
                where disclosure_id = ? order by name""").param(id)
                .query((rs, n) -> new StoredDisclosure.Recipient(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getString(3),
                        instant(rs, 4), instant(rs, 5), rs.getBoolean(6), Optional.ofNullable(rs.getObject(7, UUID.class)))).list();
        List<StoredDisclosure.Item> items = jdbc.sql("""
                select id, position, kind, content_sealed, identities_at_risk, release_state, release_reason, release_requested_by,
                    recalled_at, recall_reason
                from disclosure_item where disclosure_id = ? order by position""").param(id)
                .query((rs, n) -> new StoredDisclosure.Item(rs.getObject(1, UUID.class), rs.getInt(2), ItemKind.valueOf(rs.getString(3)),
                        rs.getBytes(4), rs.getBoolean(5), ReleaseState.valueOf(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
                        Optional.ofNullable(rs.getObject(8, UUID.class)), recall(rs))).list();
        return jdbc.sql("select * from disclosure where id = ?").param(id)
                .query((rs, n) -> new StoredDisclosure(rs.getObject("id", UUID.class), rs.getObject("sender_organisation_id", UUID.class),
                        rs.getObject("sent_by", UUID.class), rs.getBoolean("sent_by_api_client"), rs.getString("sent_by_name"),
                        rs.getObject("recipient_organisation_id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getObject("decision_id", UUID.class), Optional.ofNullable(rs.getObject("request_id", UUID.class)),
                        rs.getBoolean("has_conditions"), rs.getBytes("header_sealed"), rs.getTimestamp("sent_at").toInstant(),
                        recall(rs), recipients, items))
                .optional();
    }

    public SealedContent.Header header(StoredDisclosure d) {
        return sealing.openHeader(d.senderOrganisationId(), d.id(), d.headerSealed());
    }

    public ItemContent content(StoredDisclosure d, StoredDisclosure.Item item) {
        return sealing.openItem(d.senderOrganisationId(), d.id(), item.id(), item.sealed());
    }

    /** A row of a list: the other organisation's id, the counts and states, in one query. */
    public record Row(UUID id, UUID counterpart, String sentByName, Instant sentAt, int items, boolean opened, boolean recalled) {}

    public List<Row> outbox(UUID sender, UUID organisation, int limit) {
        return jdbc.sql("""
                select d.id, d.recipient_organisation_id as counterpart, d.sent_by_name, d.sent_at, d.recalled_at is not null as recalled,
                    (select count(*) from disclosure_item i where i.disclosure_id = d.id) as items,
                    exists (select 1 from disclosure_recipient r where r.disclosure_id = d.id and r.opened_at is not null) as opened
                from disclosure d where d.sent_by = ? and d.sender_organisation_id = ? order by d.sent_at desc limit ?""")
                .params(sender, organisation, limit).query(DisclosureRepository::row).list();
    }

    /** Disclosures addressed to the recipient by name or to one of its teams; {@code opened}: whether the recipient opened it. */
    public List<Row> inbox(UUID recipient, Set<UUID> teams, UUID organisation, int limit) {
        // A team id never equals a user id, so an empty team list is given as the recipient's own id (no "in ()").
        Set<UUID> teamIds = teams.isEmpty() ? Set.of(recipient) : teams;
        return jdbc.sql("""
                select d.id, d.sender_organisation_id as counterpart, d.sent_by_name, d.sent_at, d.recalled_at is not null as recalled,
                    (select count(*) from disclosure_item i where i.disclosure_id = d.id) as items,
                    exists (select 1 from disclosure_recipient o where o.disclosure_id = d.id and o.recipient_id = :recipient
                        and not o.team and o.opened_at is not null) as opened
                from disclosure d
                where d.recipient_organisation_id = :organisation
                  and exists (select 1 from disclosure_recipient r where r.disclosure_id = d.id
                      and ((r.recipient_id = :recipient and not r.team) or (r.team and r.recipient_id in (:teams))))
                order by d.sent_at desc limit :limit""")
                .param("recipient", recipient).param("teams", teamIds).param("organisation", organisation).param("limit", limit)
                .query(DisclosureRepository::row).list();
    }

    /**
     * A team member opens what was addressed to their team: their own row, receipted in their name, added once; answers
     * whether this call opened it.
     */
    public boolean openAsTeamMember(UUID disclosure, UUID member, String name, UUID team, Instant at) {
        return jdbc.sql("""
                insert into disclosure_recipient (disclosure_id, recipient_id, api_client, name, team, via_team, acknowledged_at, opened_at)
                values (?, ?, false, ?, false, ?, ?, ?) on conflict do nothing""")
                .params(disclosure, member, name, team, at(at), at(at)).update() == 1;
    }

    /** Records the recipient's acknowledgement and opening once; answers whether this call opened it. */
    public boolean open(UUID disclosure, UUID recipient, Instant at) {
        return jdbc.sql("""
                update disclosure_recipient set opened_at = ?, acknowledged_at = coalesce(acknowledged_at, ?)
                where disclosure_id = ? and recipient_id = ? and not team and opened_at is null""")
                .params(at(at), at(at), disclosure, recipient).update() == 1;
    }

    /** Recalls the whole disclosure and destroys every item's content not already destroyed. */
    public boolean recall(UUID disclosure, UUID by, String reason, Instant at) {
        int recalled = jdbc.sql("update disclosure set recalled_at = ?, recalled_by = ?, recall_reason = ? where id = ? and recalled_at is null")
                .params(at(at), by, reason, disclosure).update();
        jdbc.sql("""
                update disclosure_item set content_sealed = null, recalled_at = ?, recalled_by = ?, recall_reason = ?
                where disclosure_id = ? and recalled_at is null""").params(at(at), by, reason, disclosure).update();
        return recalled == 1;
    }

    /** Recalls one item and destroys its content (crypto-shredding: the sealed bytes and their wrapped data key). */
    public boolean recallItem(UUID disclosure, UUID item, UUID by, String reason, Instant at) {
        return jdbc.sql("""
                update disclosure_item set content_sealed = null, recalled_at = ?, recalled_by = ?, recall_reason = ?
                where disclosure_id = ? and id = ? and recalled_at is null""").params(at(at), by, reason, disclosure, item).update() == 1;
    }

    public boolean requestRelease(UUID disclosure, UUID item, UUID by, String reason) {
        return jdbc.sql("""
                update disclosure_item set release_state = 'REQUESTED', release_reason = ?, release_requested_by = ?
                where disclosure_id = ? and id = ? and release_state in ('REDACTED', 'REFUSED') and recalled_at is null""")
                .params(reason, by, disclosure, item).update() == 1;
    }

    public boolean decideRelease(UUID disclosure, UUID item, boolean release, UUID by, Instant at) {
        return jdbc.sql("""
                update disclosure_item set release_state = ?, release_decided_by = ?, release_decided_at = ?
                where disclosure_id = ? and id = ? and release_state = 'REQUESTED' and recalled_at is null""")
                .params(release ? "RELEASED" : "REFUSED", by, at(at), disclosure, item).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("counterpart", UUID.class), rs.getString("sent_by_name"),
                rs.getTimestamp("sent_at").toInstant(), rs.getInt("items"), rs.getBoolean("opened"), rs.getBoolean("recalled"));
    }

    private static Optional<Recall> recall(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("recalled_at");
        return at == null ? Optional.empty() : Optional.of(new Recall(at.toInstant(), rs.getString("recall_reason")));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }

    private static java.time.OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

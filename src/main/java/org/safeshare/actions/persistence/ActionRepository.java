package org.safeshare.actions.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.actions.OwnerRef;
import org.safeshare.actions.domain.ActionStatus;
import org.safeshare.actions.domain.HistoryKind;
import org.safeshare.actions.subjects.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actions and their append-only history in PostgreSQL; each list is one query. */
@Repository
public class ActionRepository {

    private static final String COLUMNS = """
            id, partnership_id, subject_kind, subject_id, subject_description, subject_path, set_by, set_by_name, set_by_partner_system,
            setter_organisation_id, owner_user_id, owner_team_id, owner_organisation_id, owner_name, what_to_do, done_when,
            due_on, set_at, status, reminded_at, escalated_at""";
    static final int LIST_LIMIT = 200;

    private final JdbcClient jdbc;

    ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An action as stored. */
    public record Stored(UUID id, UUID partnershipId, SubjectKind subjectKind, UUID subjectId, String subjectDescription, String subjectPath,
            UUID setBy, String setByName, boolean setByPartnerSystem, UUID setterOrganisationId, OwnerRef owner, String ownerName, String whatToDo, String doneWhen,
            LocalDate dueOn, Instant setAt, ActionStatus status, Optional<Instant> remindedAt, Optional<Instant> escalatedAt) {}

    /** One history entry as stored. */
    public record StoredEntry(HistoryKind kind, String text, UUID recordedBy, String recordedByName, Instant recordedAt) {}

    public void insert(Stored a) {
        jdbc.sql("insert into action_item (" + COLUMNS + """
                ) values (:id, :partnership, :kind, :subject, :description, :path, :setBy, :setByName, :partnerSystem, :setterOrganisation, :ownerUser,
                  :ownerTeam, :ownerOrganisation, :ownerName, :whatToDo, :doneWhen, :dueOn, :setAt, :status, null, null)""")
                .param("id", a.id()).param("partnership", a.partnershipId()).param("kind", a.subjectKind().name())
                .param("subject", a.subjectId()).param("description", a.subjectDescription()).param("path", a.subjectPath())
                .param("setBy", a.setBy()).param("setByName", a.setByName()).param("partnerSystem", a.setByPartnerSystem()).param("setterOrganisation", a.setterOrganisationId())
                .param("ownerUser", a.owner().kind() == OwnerRef.Kind.USER ? a.owner().id() : null)
                .param("ownerTeam", a.owner().kind() == OwnerRef.Kind.TEAM ? a.owner().id() : null)
                .param("ownerOrganisation", a.owner().organisationId()).param("ownerName", a.ownerName())
                .param("whatToDo", a.whatToDo()).param("doneWhen", a.doneWhen()).param("dueOn", a.dueOn())
                .param("setAt", Timestamp.from(a.setAt())).param("status", a.status().name()).update();
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from action_item where id = ?").param(id).query(ActionRepository::stored).optional();
    }

    public List<StoredEntry> history(UUID action) {
        return jdbc.sql("select kind, text, recorded_by, recorded_by_name, recorded_at from action_history where action_id = ? order by position")
                .param(action).query((rs, n) -> new StoredEntry(HistoryKind.valueOf(rs.getString("kind")), rs.getString("text"),
                        rs.getObject("recorded_by", UUID.class), rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** Moves the action on only if it still stands where the caller read it: a second, concurrent outcome loses. */
    public boolean move(UUID action, ActionStatus from, ActionStatus to) {
        return jdbc.sql("update action_item set status = ? where id = ? and status = ?").params(to.name(), action, from.name()).update() == 1;
    }

    public void append(UUID action, StoredEntry entry) {
        jdbc.sql("""
                insert into action_history (action_id, position, kind, text, recorded_by, recorded_by_name, recorded_at)
                values (?, (select count(*) from action_history where action_id = ?), ?, ?, ?, ?, ?)""")
                .params(action, action, entry.kind().name(), entry.text(), entry.recordedBy(), entry.recordedByName(),
                        Timestamp.from(entry.recordedAt()))
                .update();
    }

    /** Actions a user or one of their teams owns that are not closed, soonest due first. */
    public List<Stored> ownedBy(UUID user, Collection<UUID> teams) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from action_item where status in ('OPEN', 'NOT_DONE_PROPOSED')
                  and (owner_user_id = :user or owner_team_id = any(:teams)) order by due_on, set_at limit :limit""")
                .param("user", user).param("teams", teams.toArray(UUID[]::new)).param("limit", LIST_LIMIT)
                .query(ActionRepository::stored).list();
    }

    /** Actions the user set, those waiting for them first, then open ones by due date, then the closed. */
    public List<Stored> setBy(UUID user) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from action_item where set_by = ?
                 order by case status when 'NOT_DONE_PROPOSED' then 0 when 'OPEN' then 1 else 2 end, due_on, set_at limit ?""")
                .params(user, LIST_LIMIT).query(ActionRepository::stored).list();
    }

    /** Open actions owned in an organisation that escalated to its DSLs. */
    public List<Stored> escalatedTo(UUID organisation) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from action_item where owner_organisation_id = ? and status = 'OPEN' and escalated_at is not null
                 order by due_on, set_at limit ?""").params(organisation, LIST_LIMIT).query(ActionRepository::stored).list();
    }

    /** The partnerships with open actions still to remind or escalate: each counts working days by its own calendar. */
    public List<UUID> partnershipsWithOpenActions() {
        return jdbc.sql("select distinct partnership_id from action_item where status = 'OPEN' and (reminded_at is null or escalated_at is null)")
                .query(UUID.class).list();
    }

    /** A partnership's open actions due between the two dates that have not been reminded, locked for this turn. */
    public List<Stored> toRemind(UUID partnership, LocalDate dueBy, LocalDate notBefore, int batch) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from action_item where partnership_id = ? and status = 'OPEN' and reminded_at is null and due_on <= ? and due_on >= ?
                 order by due_on limit ? for update skip locked""").params(partnership, dueBy, notBefore, batch)
                .query(ActionRepository::stored).list();
    }

    /** A partnership's open actions due before today that have not escalated, locked for this turn. */
    public List<Stored> toEscalate(UUID partnership, LocalDate today, int batch) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from action_item where partnership_id = ? and status = 'OPEN' and escalated_at is null and due_on < ?
                 order by due_on limit ? for update skip locked""").params(partnership, today, batch).query(ActionRepository::stored).list();
    }

    public void markReminded(UUID action, Instant at) {
        jdbc.sql("update action_item set reminded_at = ? where id = ?").params(Timestamp.from(at), action).update();
    }

    public void markEscalated(UUID action, Instant at) {
        jdbc.sql("update action_item set escalated_at = ? where id = ?").params(Timestamp.from(at), action).update();
    }

    static Stored stored(ResultSet rs, int row) throws SQLException {
        UUID ownerUser = rs.getObject("owner_user_id", UUID.class);
        UUID ownerOrganisation = rs.getObject("owner_organisation_id", UUID.class);
        OwnerRef owner = ownerUser != null ? new OwnerRef(OwnerRef.Kind.USER, ownerOrganisation, ownerUser)
                : new OwnerRef(OwnerRef.Kind.TEAM, ownerOrganisation, rs.getObject("owner_team_id", UUID.class));
        return new Stored(rs.getObject("id", UUID.class), rs.getObject("partnership_id", UUID.class), SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getObject("subject_id", UUID.class), rs.getString("subject_description"), rs.getString("subject_path"),
                rs.getObject("set_by", UUID.class), rs.getString("set_by_name"), rs.getBoolean("set_by_partner_system"), rs.getObject("setter_organisation_id", UUID.class), owner,
                rs.getString("owner_name"), rs.getString("what_to_do"), rs.getString("done_when"), rs.getObject("due_on", LocalDate.class),
                rs.getTimestamp("set_at").toInstant(), ActionStatus.valueOf(rs.getString("status")), instant(rs, "reminded_at"),
                instant(rs, "escalated_at"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return Optional.ofNullable(at).map(Timestamp::toInstant);
    }
}

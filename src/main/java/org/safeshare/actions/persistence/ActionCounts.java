package org.safeshare.actions.persistence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts of a partnership's actions for its dashboard: numbers only, one query each. */
@Repository
public class ActionCounts {

    private final JdbcClient jdbc;

    ActionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open actions past their due date, by the owner's organisation. */
    public Map<UUID, Long> overdueByOrganisation(UUID partnership, LocalDate today) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select owner_organisation_id, count(*) as n from action_item
                where partnership_id = ? and status in ('OPEN', 'NOT_DONE_PROPOSED') and due_on < ?
                group by owner_organisation_id order by n desc""").params(partnership, today)
                .query(rs -> { counts.put(rs.getObject(1, UUID.class), rs.getLong(2)); });
        return counts;
    }

    /** Open actions by the Monday of the week they are due in (overdue ones under their own week). */
    public Map<LocalDate, Long> openByDueWeek(UUID partnership) {
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select cast(date_trunc('week', due_on) as date) as week, count(*) from action_item
                where partnership_id = ? and status in ('OPEN', 'NOT_DONE_PROPOSED') group by week order by week""")
                .param(partnership).query(rs -> { counts.put(rs.getObject(1, LocalDate.class), rs.getLong(2)); });
        return counts;
    }
}

package org.safeshare.exchange.persistence;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.exchange.domain.DeadlineRule;
import org.safeshare.exchange.domain.RagDeadlines;
import org.safeshare.platform.calendar.WorkingHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A partnership's working hours, deadlines and closures; a partnership with no row uses the defaults. */
@Repository
public class SettingsRepository {

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The partnership's hours and deadlines as set, if ever set. */
    public record Stored(WorkingHours hours, RagDeadlines deadlines) {}

    /** A day the partnership's offices are closed, besides the bank holidays. */
    public record Closure(LocalDate day, String reason) {}

    public Optional<Stored> find(UUID partnership) {
        return jdbc.sql("select * from exchange_working_hours where partnership_id = ?").param(partnership)
                .query((rs, n) -> new Stored(new WorkingHours(WorkingHours.ENGLAND, days(rs.getString("working_days")),
                        rs.getTime("opens").toLocalTime(), rs.getTime("closes").toLocalTime()),
                        new RagDeadlines(rule(rs.getInt("red_amount"), rs.getString("red_unit")),
                                rule(rs.getInt("amber_amount"), rs.getString("amber_unit")),
                                rule(rs.getInt("green_amount"), rs.getString("green_unit")))))
                .optional();
    }

    public void save(UUID partnership, WorkingHours hours, RagDeadlines deadlines, UUID by, Instant at) {
        jdbc.sql("""
                insert into exchange_working_hours (partnership_id, working_days, opens, closes, red_amount, red_unit, amber_amount,
                    amber_unit, green_amount, green_unit, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (partnership_id) do update set working_days = excluded.working_days, opens = excluded.opens,
                    closes = excluded.closes, red_amount = excluded.red_amount, red_unit = excluded.red_unit,
                    amber_amount = excluded.amber_amount, amber_unit = excluded.amber_unit, green_amount = excluded.green_amount,
                    green_unit = excluded.green_unit, changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(partnership, hours.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")),
                        Time.valueOf(hours.opens()), Time.valueOf(hours.closes()), deadlines.red().amount(), deadlines.red().unit().name(),
                        deadlines.amber().amount(), deadlines.amber().unit().name(), deadlines.green().amount(),
                        deadlines.green().unit().name(), by, Timestamp.from(at))
                .update();
    }

    public List<Closure> closures(UUID partnership) {
        return jdbc.sql("select closed_on, reason from exchange_closure where partnership_id = ? order by closed_on").param(partnership)
                .query((rs, n) -> new Closure(rs.getDate("closed_on").toLocalDate(), rs.getString("reason"))).list();
    }

    /** Adds a closure; answers false when the day was already closed. */
    public boolean addClosure(UUID partnership, LocalDate day, String reason, UUID by, Instant at) {
        return jdbc.sql("""
                insert into exchange_closure (partnership_id, closed_on, reason, added_by, added_at) values (?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(partnership, Date.valueOf(day), reason, by, Timestamp.from(at)).update() == 1;
    }

    public boolean removeClosure(UUID partnership, LocalDate day) {
        return jdbc.sql("delete from exchange_closure where partnership_id = ? and closed_on = ?").params(partnership, Date.valueOf(day))
                .update() == 1;
    }

    private static EnumSet<DayOfWeek> days(String stored) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(DayOfWeek::valueOf).forEach(days::add);
        return days;
    }

    private static DeadlineRule rule(int amount, String unit) {
        return new DeadlineRule(amount, DeadlineRule.Unit.valueOf(unit));
    }
}

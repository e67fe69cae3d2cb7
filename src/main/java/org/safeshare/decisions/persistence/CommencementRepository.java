package org.safeshare.decisions.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.CommencementSetting;
import org.safeshare.decisions.Commencements;
import org.safeshare.decisions.Provision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Commencement dates, append-only: the latest row for a provision is its date. */
@Repository
public class CommencementRepository {

    private final JdbcClient jdbc;

    CommencementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, Provision provision, LocalDate commencesOn, String madeBy, UUID setBy, Instant at) {
        jdbc.sql("insert into commencement (id, provision, commences_on, made_by, set_by, set_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, provision.name(), commencesOn == null ? null : Date.valueOf(commencesOn), madeBy, setBy, Timestamp.from(at))
                .update();
    }

    public Commencements current() {
        Map<Provision, LocalDate> dates = new EnumMap<>(Provision.class);
        latest().forEach(s -> s.commencesOn().ifPresent(d -> dates.put(s.provision(), d)));
        return new Commencements(dates);
    }

    /** The latest setting of each provision that has one. */
    public List<CommencementSetting> latest() {
        return jdbc.sql("""
                select distinct on (c.provision) c.*, u.display_name from commencement c join user_account u on u.id = c.set_by
                order by c.provision, c.set_at desc, c.id""")
                .query((rs, n) -> new CommencementSetting(Provision.valueOf(rs.getString("provision")),
                        Optional.ofNullable(rs.getDate("commences_on")).map(Date::toLocalDate), rs.getString("made_by"),
                        rs.getString("display_name"), rs.getTimestamp("set_at").toInstant()))
                .list();
    }
}

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
import java.util.stream.Collectors;
import org.safeshare.accounts.Accounts;
import org.safeshare.decisions.CommencementSetting;
import org.safeshare.decisions.Commencements;
import org.safeshare.decisions.Provision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Commencement dates, append-only: the latest row for a provision is its date. */
@Repository
public class CommencementRepository {

    private final JdbcClient jdbc;
    private final Accounts accounts;

    CommencementRepository(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public void insert(UUID id, Provision provision, LocalDate commencesOn, String madeBy, UUID setBy, Instant at) {
        jdbc.sql("insert into commencement (id, provision, commences_on, made_by, set_by, set_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, provision.name(), commencesOn == null ? null : Date.valueOf(commencesOn), madeBy, setBy, Timestamp.from(at))
                .update();
    }

    public Commencements current() {
        Map<Provision, LocalDate> dates = new EnumMap<>(Provision.class);
        stored().forEach(s -> s.setting().commencesOn().ifPresent(d -> dates.put(s.setting().provision(), d)));
        return new Commencements(dates);
    }

    /** The latest setting of each provision that has one, with the name of who entered it (from the accounts module). */
    public List<CommencementSetting> latest() {
        List<Stored> stored = stored();
        Map<UUID, String> names = accounts.names(stored.stream().map(Stored::setBy).collect(Collectors.toSet()));
        return stored.stream().map(s -> new CommencementSetting(s.setting().provision(), s.setting().commencesOn(), s.setting().madeBy(),
                names.get(s.setBy()), s.setting().setAt())).toList();
    }

    private List<Stored> stored() {
        return jdbc.sql("select distinct on (c.provision) c.* from commencement c order by c.provision, c.set_at desc, c.id")
                .query((rs, n) -> new Stored(new CommencementSetting(Provision.valueOf(rs.getString("provision")),
                        Optional.ofNullable(rs.getDate("commences_on")).map(Date::toLocalDate), rs.getString("made_by"),
                        null, rs.getTimestamp("set_at").toInstant()), rs.getObject("set_by", UUID.class)))
                .list();
    }

    /** A setting as stored: who entered it by id only. */
    private record Stored(CommencementSetting setting, UUID setBy) {}
}

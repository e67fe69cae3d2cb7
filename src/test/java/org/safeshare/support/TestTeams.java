package org.safeshare.support;

import java.util.Set;
import java.util.UUID;
import org.safeshare.accounts.AccountChange;
import org.safeshare.accounts.NewUser;
import org.safeshare.accounts.setup.AccountsSetUp;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teams for tests of what is addressed to a team: a practitioner made once per email through the accounts set-up, and a
 * team (its name made unique, since the test classes share the demo database) with the members given.
 */
@Component
public class TestTeams {

    private final AccountsSetUp accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    TestTeams(AccountsSetUp accounts, JdbcClient jdbc, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    /** A practitioner of the organisation with this email (made if missing); answers their id. */
    public UUID practitioner(String organisation, String email, String name) {
        AccountChange change = transaction.execute(s -> accounts.user(new OrganisationId(organisation(organisation)),
                new NewUser(email, name, Set.of(Role.PRACTITIONER), "Safeshare-test-2026")));
        return ((AccountChange.Done) change).user().id().value();
    }

    /** A new team of the organisation with these members; answers its id. */
    public UUID team(String organisation, String name, UUID... members) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into team (id, organisation_id, name) values (?, ?, ?)").params(id, organisation(organisation),
                name + " " + id.toString().substring(0, 8)).update();
        for (UUID member : members) {
            jdbc.sql("insert into team_member (team_id, user_id) values (?, ?)").params(id, member).update();
        }
        return id;
    }
}

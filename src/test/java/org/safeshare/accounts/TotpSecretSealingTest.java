package org.safeshare.accounts;

import org.safeshare.accounts.setup.AccountsSetUp;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.persistence.TotpSecretBinding;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.accounts.persistence.V42__SealTotpSecrets;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.crypto.EnvelopeEncryption;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 9 item 3: authenticator secrets are sealed at rest, and the upgrade seals the clear ones it finds. */
@SafeshareTest
class TotpSecretSealingTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired Accounts accounts;

    @Autowired AccountsSetUp setUp;
    @Autowired UserRepository users;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired EnvelopeEncryption encryption;
    @Autowired V42__SealTotpSecrets sealClearSecrets;

    @Test
    void theSecretIsStoredSealedAndNoClearColumnRemains() {
        UUID oakfield = users.findByEmail("dsl@oakfield-primary.example").orElseThrow().organisationId().value();
        UserAccount user = ((AccountChange.Done) setUp.user(new OrganisationId(oakfield), new NewUser(
                "sealed-" + UUID.randomUUID() + "@oakfield-primary.example", "Sealed", Set.of(Role.PRACTITIONER),
                "a long enough password"))).user();
        users.setTotp(user.id(), SECRET, 0);
        byte[] stored = jdbc.sql("select totp_secret_sealed from user_account where id = ?").param(user.id().value())
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(users.credentials(user.id()).orElseThrow().totpSecret()).contains(SECRET);
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'user_account' and column_name = 'totp_secret'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void upgradingSealsEveryClearSecretWithoutLosingOne() {
        String schema = "upgrade_" + UUID.randomUUID().toString().substring(0, 8);
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).locations("classpath:db/migration")
                .target("20").load().migrate();
        JdbcClient old = JdbcClient.create(dataSource);
        UUID partnership = UUID.randomUUID();
        UUID organisation = UUID.randomUUID();
        UUID withSecret = UUID.randomUUID();
        UUID without = UUID.randomUUID();
        old.sql("insert into " + schema + ".partnership (id, name) values (?, 'Upgrade')").param(partnership).update();
        old.sql("insert into " + schema + ".organisation (id, partnership_id, type, name) values (?, ?, 'SCHOOL', 'Upgrade school')")
                .params(organisation, partnership).update();
        for (UUID id : new UUID[] {withSecret, without}) {
            old.sql("insert into " + schema + ".user_account (id, organisation_id, email, display_name, password_hash, totp_secret)"
                    + " values (?, ?, ?, 'Upgrader', 'x', ?)").params(id, organisation, id + "@upgrade.example",
                    id.equals(withSecret) ? SECRET : null).update();
        }

        // Up to V41, then from there: the organisation row is written as it was before the organisation-as-sharer columns.
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").target("41").load().migrate();
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                .javaMigrations(sealClearSecrets).load().migrate();

        byte[] sealed = old.sql("select totp_secret_sealed from " + schema + ".user_account where id = ?").param(withSecret)
                .query(byte[].class).single();
        assertThat(new String(encryption.open(sealed, TotpSecretBinding.of(withSecret)), StandardCharsets.US_ASCII)).isEqualTo(SECRET);
        assertThat(old.sql("select totp_secret_sealed is null from " + schema + ".user_account where id = ?").param(without)
                .query(Boolean.class).single()).isTrue();
        assertThat(old.sql("select count(*) from information_schema.columns where table_schema = ? and table_name = 'user_account'"
                + " and column_name = 'totp_secret'").param(schema).query(Long.class).single()).isZero();
        old.sql("drop schema " + schema + " cascade").update();
    }
}

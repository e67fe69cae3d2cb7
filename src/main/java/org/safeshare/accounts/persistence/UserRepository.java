package org.safeshare.accounts.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.UserId;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.crypto.EnvelopeEncryption;
import org.safeshare.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User accounts and their credentials in PostgreSQL. */
@Repository
public class UserRepository {

    private final JdbcClient jdbc;
    private final EnvelopeEncryption encryption;

    UserRepository(JdbcClient jdbc, EnvelopeEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** An account with the end of the latest sign-in pause in force from any address, if there is one. */
    private static final String ACCOUNT = """
            select u.*, (select max(l.locked_until) from sign_in_lockout l where l.user_id = u.id and l.locked_until > now())
                as locked_until,
                array(select r.role from user_role r where r.user_id = u.id order by r.role) as roles
            from user_account u""";

    /** The names of these users and API clients (a record names either as who recorded it), in one query. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("""
                select id, display_name as name from user_account where id in (:ids)
                union all select id, name from api_client where id in (:ids)""")
                .param("ids", ids).query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    public Optional<UserAccount> find(UserId id) {
        return jdbc.sql(ACCOUNT + " where u.id = ?").param(id.value()).query(this::account).optional();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql(ACCOUNT + " where lower(u.email) = lower(?)").param(email).query(this::account).optional();
    }

    public List<UserAccount> inOrganisation(OrganisationId organisation) {
        return jdbc.sql(ACCOUNT + " where u.organisation_id = ? order by u.display_name")
                .param(organisation.value()).query(this::account).list();
    }

    /** The password hash and the authenticator secret, opened from its sealed form (ADR 0007). */
    public Optional<Credentials> credentials(UserId id) {
        return jdbc.sql("select password_hash, totp_secret_sealed, totp_last_time_step from user_account where id = ?")
                .param(id.value())
                .query((rs, n) -> {
                    Optional<byte[]> sealed = Optional.ofNullable(rs.getBytes("totp_secret_sealed"));
                    return new Credentials(rs.getString("password_hash"), sealed.map(s -> open(id, s)),
                            rs.getLong("totp_last_time_step"), sealed.map(encryption::needsResealing).orElse(false));
                })
                .optional();
    }

    public void insert(UserAccount user, String passwordHash) {
        jdbc.sql("insert into user_account (id, organisation_id, email, display_name, password_hash) values (?, ?, ?, ?, ?)")
                .params(user.id().value(), user.organisationId().value(), user.email(), user.displayName(), passwordHash)
                .update();
        replaceRoles(user.id(), user.roles());
    }

    public void replaceRoles(UserId id, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = ?").param(id.value()).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id.value(), role.name()).update();
        }
    }

    public void setTotp(UserId id, String secret, long usedStep) {
        jdbc.sql("update user_account set totp_secret_sealed = ?, totp_last_time_step = ?, updated_at = now() where id = ?")
                .params(seal(id, secret), usedStep, id.value()).update();
    }

    /** Seals the secret again under the keyset's current primary key, so an old key can be retired. */
    public void resealTotp(UserId id, String secret) {
        jdbc.sql("update user_account set totp_secret_sealed = ? where id = ? and totp_secret_sealed is not null")
                .params(seal(id, secret), id.value()).update();
    }

    /**
     * Uses a code's time step, once: the condition and the update are one statement, so of two
     * submissions of the same code at the same moment only one changes the row. False when refused.
     */
    public boolean useTotpStep(UserId id, long step) {
        return jdbc.sql("""
                update user_account set totp_last_time_step = ?
                where id = ? and totp_secret_sealed is not null and (totp_last_time_step is null or totp_last_time_step < ?)""")
                .params(step, id.value(), step).update() == 1;
    }

    public void clearTotp(UserId id) {
        jdbc.sql("update user_account set totp_secret_sealed = null, totp_last_time_step = null, updated_at = now() where id = ?")
                .param(id.value()).update();
    }

    public void setEnabled(UserId id, boolean enabled) {
        jdbc.sql("update user_account set enabled = ?, updated_at = now() where id = ?").params(enabled, id.value()).update();
        jdbc.sql("delete from sign_in_lockout where user_id = ?").param(id.value()).update();
    }

    private UserAccount account(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserAccount(new UserId(id), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getString("email"), rs.getString("display_name"), roles(rs), rs.getBoolean("enabled"),
                rs.getBytes("totp_secret_sealed") != null, Optional.ofNullable(locked).map(Timestamp::toInstant));
    }

    /** The roles, read with the account in the same statement (a list of users is one statement, not one per user). */
    private static Set<Role> roles(ResultSet rs) throws SQLException {
        String[] names = (String[]) rs.getArray("roles").getArray();
        return names.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.stream(names).map(Role::valueOf).toList());
    }

    private byte[] seal(UserId id, String secret) {
        return encryption.seal(secret.getBytes(StandardCharsets.US_ASCII), TotpSecretBinding.of(id.value()));
    }

    private String open(UserId id, byte[] sealed) {
        return new String(encryption.open(sealed, TotpSecretBinding.of(id.value())), StandardCharsets.US_ASCII);
    }

    /** What sign-in checks; never leaves the accounts module. */
    public record Credentials(String passwordHash, Optional<String> totpSecret, long totpLastTimeStep, boolean totpNeedsResealing) {}
}

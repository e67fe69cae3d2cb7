package org.safeshare.accounts.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.accounts.UserId;
import org.safeshare.accounts.domain.SignInLockout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-in failures and pauses per account and client address, and the notices that tell the holder. */
@Repository
public class SignInLockoutRepository {

    private final JdbcClient jdbc;

    SignInLockoutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SignInLockout.State state(UserId user, String clientKey) {
        return jdbc.sql("select * from sign_in_lockout where user_id = ? and client_key = ?").params(user.value(), clientKey)
                .query(SignInLockoutRepository::state).optional().orElse(SignInLockout.State.NONE);
    }

    /**
     * The state for an update in the caller's transaction, with the row locked, so that parallel wrong
     * attempts are all counted instead of overwriting each other.
     */
    public SignInLockout.State stateForUpdate(UserId user, String clientKey) {
        jdbc.sql("insert into sign_in_lockout (user_id, client_key) values (?, ?) on conflict do nothing")
                .params(user.value(), clientKey).update();
        return jdbc.sql("select * from sign_in_lockout where user_id = ? and client_key = ? for update")
                .params(user.value(), clientKey).query(SignInLockoutRepository::state).single();
    }

    public void save(UserId user, String clientKey, SignInLockout.State state) {
        jdbc.sql("""
                update sign_in_lockout set failures = ?, lockouts = ?, locked_until = ?, last_failure_at = ?
                where user_id = ? and client_key = ?""")
                .params(state.failures(), state.lockouts(), state.lockedUntil().map(Timestamp::from).orElse(null),
                        state.lastFailure().map(Timestamp::from).orElse(null), user.value(), clientKey)
                .update();
    }

    /** A right password and code from this address: its failures are forgiven. */
    public void clear(UserId user, String clientKey) {
        jdbc.sql("delete from sign_in_lockout where user_id = ? and client_key = ?").params(user.value(), clientKey).update();
    }

    public void raiseNotice(UserId user, String clientKey, int failures, Instant raisedAt, Instant pausedUntil) {
        jdbc.sql("insert into sign_in_notice (id, user_id, raised_at, client_key, failures, paused_until) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), user.value(), Timestamp.from(raisedAt), clientKey, failures, Timestamp.from(pausedUntil))
                .update();
    }

    public List<Notice> unseenNotices(UserId user) {
        return jdbc.sql("select * from sign_in_notice where user_id = ? and seen_at is null order by raised_at")
                .param(user.value())
                .query((rs, n) -> new Notice(rs.getObject("id", UUID.class), rs.getTimestamp("raised_at").toInstant(),
                        rs.getString("client_key"), rs.getInt("failures"), rs.getTimestamp("paused_until").toInstant()))
                .list();
    }

    public void markNoticesSeen(UserId user, Instant at) {
        jdbc.sql("update sign_in_notice set seen_at = ? where user_id = ? and seen_at is null")
                .params(Timestamp.from(at), user.value()).update();
    }

    private static SignInLockout.State state(ResultSet rs, int row) throws SQLException {
        return new SignInLockout.State(rs.getInt("failures"), rs.getInt("lockouts"), instant(rs, "locked_until"), false,
                instant(rs, "last_failure_at"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }

    /** Someone paused sign-ins to this account from an address: shown to the holder until they have read it. */
    public record Notice(UUID id, Instant raisedAt, String clientKey, int failures, Instant pausedUntil) {}
}

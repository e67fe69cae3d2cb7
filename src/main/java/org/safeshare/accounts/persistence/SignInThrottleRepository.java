package org.safeshare.accounts.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins per client address (not per account), counted across every instance of the service. */
@Repository
public class SignInThrottleRepository {

    private final JdbcClient jdbc;

    SignInThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int failuresSince(String clientKey, Instant since) {
        return jdbc.sql("select count(*) from sign_in_address_failure where client_key = ? and failed_at >= ?")
                .params(clientKey, Timestamp.from(since)).query(Integer.class).single();
    }

    /** Counts one more failure, and forgets this address's failures that no longer count. */
    public void recordFailure(String clientKey, Instant at, Instant forgetBefore) {
        jdbc.sql("delete from sign_in_address_failure where client_key = ? and failed_at < ?")
                .params(clientKey, Timestamp.from(forgetBefore)).update();
        jdbc.sql("insert into sign_in_address_failure (client_key, failed_at) values (?, ?)")
                .params(clientKey, Timestamp.from(at)).update();
    }
}

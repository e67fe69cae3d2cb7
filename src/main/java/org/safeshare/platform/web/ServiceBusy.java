package org.safeshare.platform.web;

import java.sql.SQLTransientConnectionException;

/**
 * Every database connection of the pool stayed busy for the whole connection timeout: the service is overloaded,
 * not broken, so the answer is 503 with a Retry-After rather than a 500 (RFC 9110 section 15.6.4).
 */
final class ServiceBusy {

    /** Seconds a caller is asked to wait before trying again. */
    static final String RETRY_AFTER = "5";

    private ServiceBusy() {}

    /** Whether the failure is, at its root, a wait for a pooled connection that timed out (Hikari's exception). */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}

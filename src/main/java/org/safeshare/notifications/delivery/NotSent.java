package org.safeshare.notifications.delivery;

import org.safeshare.notifications.domain.FailureReason;
import org.safeshare.platform.events.ExpectedFailure;

/**
 * A notification that could not be sent. Thrown from the listener so that Spring Modulith leaves its publication
 * incomplete; it carries a reason from a closed list and never the cause's message (which may quote an address).
 */
public class NotSent extends RuntimeException implements ExpectedFailure {

    private final FailureReason reason;

    public NotSent(FailureReason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}

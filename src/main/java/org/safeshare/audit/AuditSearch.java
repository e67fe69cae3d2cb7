package org.safeshare.audit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A partnership auditor's filters; every one optional. Dates are inclusive, in England's time zone. */
public record AuditSearch(Optional<UUID> person, Optional<UUID> user, Optional<UUID> organisation, Optional<AuditAction> action,
        Optional<LocalDate> from, Optional<LocalDate> to) {

    public static AuditSearch everything() {
        return new AuditSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}

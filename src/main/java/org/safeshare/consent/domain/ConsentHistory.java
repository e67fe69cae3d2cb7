package org.safeshare.consent.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A consent record as it now reads (its latest version) with its withdrawal, if any. */
public record ConsentHistory(UUID id, ConsentTerms terms, Instant recordedAt, Optional<Withdrawal> withdrawal) {

    public boolean withdrawnFor(SharingRequest request) {
        return withdrawal.map(w -> w.covers(request)).orElse(false);
    }
}

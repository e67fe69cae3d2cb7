package org.safeshare.disclosures;

import java.time.Instant;

/**
 * One row of an inbox or outbox: who, when and in what state, with nothing of the content (a list is no read of it).
 *
 * @param counterpart the other organisation: the recipient's in an outbox, the sender's in an inbox
 * @param opened      in an outbox, whether any recipient opened it; in an inbox, whether the caller did
 */
public record DisclosureSummary(DisclosureId id, String counterpart, String sentByName, Instant sentAt, int items, boolean opened,
        boolean recalled) {}

package org.safeshare.consent;

import java.time.Instant;
import org.safeshare.consent.domain.Withdrawal;

/** A withdrawal as recorded: what the person said and who recorded it, when. */
public record RecordedWithdrawal(Withdrawal withdrawal, Instant recordedAt, String recordedBy) {}

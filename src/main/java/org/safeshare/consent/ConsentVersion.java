package org.safeshare.consent;

import java.time.Instant;
import org.safeshare.consent.domain.ConsentTerms;

/** One version of a consent record, never changed: the first as recorded, later ones corrections with their reason. */
public record ConsentVersion(int version, Instant recordedAt, String recordedBy, String correctionReason, ConsentTerms terms) {}

package org.safeshare.people;

import java.time.Instant;
import org.safeshare.people.domain.Address;

/** An address recorded for a person, and whether they live there now. */
public record KnownAddress(Address address, boolean current, Instant recordedAt) {}

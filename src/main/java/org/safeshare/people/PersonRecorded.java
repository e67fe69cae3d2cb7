package org.safeshare.people;

import java.util.Optional;
import org.safeshare.platform.security.Actor;

/**
 * A person's record was added ({@code recordedBy} empty when set up by the deployment), published in the transaction that
 * adds it, so that a listener in the same transaction (record linkage's index, ADR 0015) commits or rolls back with it.
 * It names the record, never its contents.
 */
public record PersonRecorded(PersonId person, Optional<Actor> recordedBy) {}

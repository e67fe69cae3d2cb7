package org.safeshare.people;

import org.safeshare.platform.security.Actor;

/**
 * Something record linkage compares about a person changed (a name recorded beside the current one, for now), published
 * in the transaction of the change. It names the record, never its contents.
 */
public record PersonChanged(PersonId person, Actor changedBy) {}

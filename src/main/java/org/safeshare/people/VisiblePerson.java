package org.safeshare.people;

import java.util.UUID;
import org.safeshare.people.domain.Person;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;

/**
 * Proof that the guarded, audited read of a person's record was made for this user: only {@link People#visible} makes
 * one, and the other modules' facades take it instead of a bare {@link PersonId}, so a forgotten check does not compile
 * and the person row is read once per request (ADR 0012). It belongs to the user it was made for and does not travel.
 */
public final class VisiblePerson {

    private final PersonRecord record;
    private final UUID seenBy;
    private final UUID organisationId;

    VisiblePerson(PersonRecord record, Actor actor) {
        this.record = record;
        this.seenBy = actor.id();
        this.organisationId = actor.organisationId();
    }

    public PersonId id() {
        return record.id();
    }

    public Person person() {
        return record.person();
    }

    /** Details, other names, addresses and network, as read once by the guarded read. */
    public PersonRecord record() {
        return record;
    }

    /** Refuses ("not found") a capability made for someone else: a cached or passed-on one proves nothing. */
    public VisiblePerson requireSeenBy(Actor actor) {
        if (!actor.worksWithPeople() || !actor.id().equals(seenBy) || !actor.organisationId().equals(organisationId)) {
            throw new NotFoundException("Person");
        }
        return this;
    }
}

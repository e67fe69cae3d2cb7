package org.safeshare.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What record linkage compares of one record (names, date of birth, sex, identifiers, current home) and who has held it
 * since when. Only the matching module reads these, to score pairs; it never shows them to anyone (ADR 0015).
 * {@code otherNames} are the former, alternative and preferred names recorded beside the current one.
 */
public record LinkageKeys(PersonId id, UUID organisationId, Instant heldSince, String nhsNumber, String upn, String givenName,
        String familyName, LocalDate dateOfBirth, String sex, String postcode, String address, List<Name> otherNames) {

    public LinkageKeys {
        otherNames = List.copyOf(otherNames);
    }

    /** Another name the person is known by; the given name may be unknown (empty). */
    public record Name(String givenName, String familyName) {}
}

package org.safeshare.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What record linkage compares of one record (names, date of birth, sex, identifiers, current home) and who has held it
 * since when. Only the matching module reads these, to score pairs; it never shows them to anyone (ADR 0015).
 */
public record LinkageKeys(PersonId id, UUID organisationId, Instant heldSince, String nhsNumber, String upn, String givenName,
        String familyName, LocalDate dateOfBirth, String sex, String postcode, String address) {}

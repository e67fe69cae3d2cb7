package org.safeshare.consent;

import java.util.UUID;
import org.safeshare.consent.domain.GroundToProceed;
import org.safeshare.people.PersonId;

/** A ground to proceed without consent with the organisation and person it belongs to; the name is read from their record. */
public record GroundRecord(UUID organisationId, PersonId personId, String personName, GroundToProceed ground) {

    GroundRecord naming(String name) {
        return new GroundRecord(organisationId, personId, name, ground);
    }
}

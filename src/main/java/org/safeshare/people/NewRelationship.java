package org.safeshare.people;

import java.util.Optional;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.RelationshipType;

/** "The related person is the subject's {@code type}", with parental responsibility if they hold it. */
public record NewRelationship(PersonId subject, PersonId related, RelationshipType type, boolean parentalResponsibility,
        Optional<ParentalResponsibilityBasis> basis) {}

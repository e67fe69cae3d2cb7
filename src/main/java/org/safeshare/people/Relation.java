package org.safeshare.people;

import java.util.Optional;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.RelationshipType;

/**
 * One line of a person's family and network, seen from that person's record. When {@code towardsThem}
 * is true the other person is this person's {@code type} (their parent); otherwise this person is theirs.
 * Parental responsibility, when recorded, is held by the related person for the subject.
 */
public record Relation(RelationshipId id, PersonId otherPersonId, String otherPersonName, RelationshipType type,
        boolean towardsThem, boolean parentalResponsibility, Optional<ParentalResponsibilityBasis> basis) {

    /** What the other person is to this one, in words: "Parent", or "Child" the other way round. */
    public String description() {
        return towardsThem ? type.label() : type.inverseLabel();
    }

    /** Whether the other person holds parental responsibility for this one. */
    public boolean otherHoldsResponsibility() {
        return parentalResponsibility && towardsThem;
    }
}

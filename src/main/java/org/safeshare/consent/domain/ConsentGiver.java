package org.safeshare.consent.domain;

import java.util.UUID;
import org.safeshare.people.domain.ParentalResponsibilityBasis;

/**
 * Who gave or refused consent. A person with parental responsibility is someone on the child's record,
 * with the basis of their responsibility copied from it when consent was recorded (Children Act 1989 ss2-4A).
 */
public record ConsentGiver(Kind kind, UUID personId, String name, ParentalResponsibilityBasis basis) {

    /** The people who can give consent to share (seed 002, seed 003, Mental Capacity Act 2005 ss9-20). */
    public enum Kind {
        SUBJECT("The person themself"),
        PERSON_WITH_PARENTAL_RESPONSIBILITY("A parent or other person with parental responsibility"),
        ATTORNEY("An attorney under a lasting or enduring power of attorney"),
        COURT_OF_PROTECTION_DEPUTY("A deputy appointed by the Court of Protection");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "Kate Brown (birth mother)", "Isla Brown (the person themself)". */
    public String description() {
        return switch (kind) {
            case SUBJECT -> name + " (the person themself)";
            case PERSON_WITH_PARENTAL_RESPONSIBILITY -> name + " (parent or other person with parental responsibility)";
            case ATTORNEY -> name + " (attorney)";
            case COURT_OF_PROTECTION_DEPUTY -> name + " (Court of Protection deputy)";
        };
    }
}

package org.safeshare.consent.domain;

import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.people.domain.ParentalResponsibilityBasis;

/**
 * Who gave or refused consent, named: which kind of giver ({@link ConsentGiver}, the decision engine's word), and for
 * a person with parental responsibility someone on the child's record, with the basis of their responsibility copied
 * from it when consent was recorded (Children Act 1989 ss2-4A). Stored in the consent's JSON under the names it has
 * always had.
 */
public record Giver(ConsentGiver kind, UUID personId, String name, ParentalResponsibilityBasis basis) {

    /** "Kate Brown (birth mother)", "Isla Brown (the person themself)". */
    public String description() {
        return switch (kind) {
            case SUBJECT -> name + " (the person themself)";
            case PERSON_WITH_PARENTAL_RESPONSIBILITY -> name + " (parent or other person with parental responsibility)";
            case ATTORNEY -> name + " (attorney)";
            case COURT_OF_PROTECTION_DEPUTY -> name + " (Court of Protection deputy)";
            case OTHER -> name + " (someone who cannot consent for the person)";
        };
    }
}

package org.safeshare.decisions;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;

/**
 * Where a register of consent (another module) says consent stands, so that the decision flow can
 * pre-fill its consent answers and link the record used. Decisions never depend on that module itself.
 */
public interface ConsentRegister {

    /** The register's answer for this person (seen by the actor) and purpose, or empty when it has nothing to say. */
    Optional<RegisteredConsent> positionFor(Actor actor, VisiblePerson person, PurposeCategory purpose, Optional<OrganisationId> recipient);

    /** Whether the consent record is one the actor's organisation holds about this person. */
    boolean isRecordOf(Actor actor, VisiblePerson person, UUID consentRecord);

    /**
     * The consent answers in the decision engine's words (the flow's pages spell them as their questions ask), the record
     * they rest on (if any), and a sentence for the page.
     */
    record RegisteredConsent(ConsentStatus status, ConsentGiver givenBy, boolean subjectCompetent, UUID consentRecordId,
            LocalDate expiresOn, String summary) {}
}

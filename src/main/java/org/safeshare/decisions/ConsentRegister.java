package org.safeshare.decisions;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.SharingFacts.ConsentGiver;
import org.safeshare.decisions.SharingFacts.ConsentStatus;
import org.safeshare.decisions.SharingFacts.PurposeCategory;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.people.PersonId;
import org.safeshare.platform.security.Actor;

/**
 * Where a register of consent (another module) says consent stands, so that the decision flow can
 * pre-fill its consent answers and link the record used. Decisions never depend on that module itself.
 */
public interface ConsentRegister {

    /** The register's answer for this person and purpose, or empty when it has nothing to say. */
    Optional<RegisteredConsent> positionFor(Actor actor, PersonId person, PurposeCategory purpose, Optional<OrganisationId> recipient);

    /** Whether the consent record is one the actor's organisation holds about this person. */
    boolean isRecordOf(Actor actor, PersonId person, UUID consentRecord);

    /** The consent answers as the flow asks them, the record they rest on (if any), and a sentence for the page. */
    record RegisteredConsent(ConsentStatus status, ConsentGiver givenBy, boolean subjectCompetent, UUID consentRecordId,
            LocalDate expiresOn, String summary) {}
}

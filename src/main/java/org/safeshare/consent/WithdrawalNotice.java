package org.safeshare.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.safeshare.people.PersonId;

/**
 * A recipient organisation told, through the service, that consent it received information on was withdrawn. The
 * person's name is not stored with the notice: it is read from the person's record when the notice is shown
 * ({@code People.identities}), so no copy of it outlives a correction of the record.
 */
public record WithdrawalNotice(UUID id, ConsentId consentId, UUID decisionId, PersonId personId, UUID senderOrganisationId,
        String senderOrganisation, String personName, LocalDate withdrawnOn, String covers, Instant sentAt) {

    /** The notice with who sent it and whom it is about, named at read time. */
    public WithdrawalNotice naming(String sender, String person) {
        return new WithdrawalNotice(id, consentId, decisionId, personId, senderOrganisationId, sender, person, withdrawnOn, covers,
                sentAt);
    }
}

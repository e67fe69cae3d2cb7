package org.safeshare.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.organisations.OrganisationId;

/** An information sharing agreement of one partnership, as recorded; never a person's data. */
public record Agreement(UUID id, UUID partnershipId, String title, Set<OrganisationId> parties, Set<AgreedPurpose> purposes,
        List<String> informationCategories, Set<LawfulBasisCited> lawfulBases, LocalDate startsOn, LocalDate reviewOn,
        Optional<LocalDate> endsOn, String dpiaReference, List<String> signatories) {

    public Agreement {
        parties = Set.copyOf(parties);
        purposes = Set.copyOf(purposes);
        informationCategories = List.copyOf(informationCategories);
        lawfulBases = Set.copyOf(lawfulBases);
        signatories = List.copyOf(signatories);
    }

    /** Whether it covers this sharing: both are parties, the purpose is agreed, and the day is within its dates. */
    public boolean covers(OrganisationId sharer, OrganisationId recipient, AgreedPurpose purpose, LocalDate on) {
        return parties.contains(sharer) && parties.contains(recipient) && purposes.contains(purpose)
                && !on.isBefore(startsOn) && endsOn.map(end -> !on.isAfter(end)).orElse(true);
    }

    /** Past its review date on this day (still in force: a late review does not end an agreement). */
    public boolean reviewOverdue(LocalDate on) {
        return on.isAfter(reviewOn);
    }
}

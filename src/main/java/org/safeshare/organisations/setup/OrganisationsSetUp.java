package org.safeshare.organisations.setup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.organisations.ContactPoint;
import org.safeshare.organisations.Identifier;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.OrganisationRegistered;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.organisations.Partnership;
import org.safeshare.organisations.PartnershipId;
import org.safeshare.organisations.PartnershipRegistered;
import org.safeshare.organisations.persistence.OrganisationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers partnerships and organisations, idempotently by name. The audit module records each registration in the
 * same transaction from the event published here (organisations cannot call the audit module, which depends on it).
 */
@Service
@Transactional
public class OrganisationsSetUp {

    private final OrganisationRepository repository;
    private final ApplicationEventPublisher events;

    OrganisationsSetUp(OrganisationRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** The partnership of this name, registered now if there is none. */
    public Partnership partnership(String name) {
        return repository.partnershipNamed(name).orElseGet(() -> {
            Partnership partnership = new Partnership(new PartnershipId(UUID.randomUUID()), name);
            repository.insertPartnership(partnership);
            events.publishEvent(new PartnershipRegistered(partnership.id()));
            return partnership;
        });
    }

    /** The organisation of this name in the partnership, registered now if there is none. */
    public Organisation organisation(PartnershipId partnership, Optional<OrganisationId> parent, OrganisationType type, String name,
            List<Identifier> identifiers, List<ContactPoint> contactPoints) {
        return repository.named(partnership, name).orElseGet(() -> {
            Organisation organisation = new Organisation(new OrganisationId(UUID.randomUUID()), partnership, parent, type, name,
                    identifiers, contactPoints);
            repository.insert(organisation);
            events.publishEvent(new OrganisationRegistered(organisation.id(), partnership));
            return organisation;
        });
    }
}

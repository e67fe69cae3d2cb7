package org.safeshare.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.safeshare.accounts.persistence.RecipientRepository;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people and partner systems of the other organisations in the actor's partnership who may receive information
 * about a person: enabled users with a role that works with people, and active API clients. No one outside the
 * partnership is ever offered or accepted.
 */
@Service
@Transactional(readOnly = true)
public class Recipients {

    private final RecipientRepository recipients;

    Recipients(RecipientRepository recipients) {
        this.recipients = recipients;
    }

    /** Everyone the actor may address, by organisation name then name. */
    public List<Recipient> offeredTo(Actor actor) {
        return recipients.inPartnership(actor.partnershipId(), actor.organisationId(), Set.of());
    }

    /** Of these ids, the recipients the actor may address; any other id is left out. */
    public List<Recipient> chosenBy(Actor actor, Collection<java.util.UUID> ids) {
        return ids.isEmpty() ? List.of() : recipients.inPartnership(actor.partnershipId(), actor.organisationId(), Set.copyOf(ids));
    }

    /** Whether the organisation is in the actor's partnership and not the actor's own. */
    public boolean partnerOf(Actor actor, OrganisationId organisation) {
        return recipients.partnerOrganisation(actor.partnershipId(), actor.organisationId(), organisation.value());
    }
}

package org.safeshare.people;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which people another module's records disclosed to an organisation (a decision to share with it), so that
 * {@link People#identities} may name them to that organisation. The people module need not know those modules.
 */
public interface Disclosures {

    /** Of these people, the ones information about was shared with the organisation. */
    Set<PersonId> disclosedTo(UUID organisation, Collection<PersonId> people);
}

package org.safeshare.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.safeshare.accounts.persistence.PractitionerRepository;
import org.safeshare.organisations.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works with people's records at an organisation (enabled users holding a role that works with people), for
 * modules that address a named practitioner. Names only: contact details stay in accounts. One query each.
 */
@Service
@Transactional(readOnly = true)
public class Practitioners {

    private final PractitionerRepository practitioners;

    Practitioners(PractitionerRepository practitioners) {
        this.practitioners = practitioners;
    }

    /** Each organisation's practitioners, by name; an organisation with none maps to an empty list. */
    public Map<OrganisationId, List<Practitioner>> practitionersOf(Collection<OrganisationId> organisations) {
        return practitioners.of(organisations);
    }

    /** Whether this user is an enabled practitioner of this organisation. */
    public boolean worksAt(UserId user, OrganisationId organisation) {
        return practitioners.worksAt(user, organisation);
    }
}

package org.safeshare.disclosures.web;

import java.util.Map;
import java.util.Optional;
import org.safeshare.people.PersonPageSection;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/** The person's page offers to send a secure disclosure about them; it reads nothing more. */
@Component
class DisclosuresOnPersonPage implements PersonPageSection {

    @Override
    public Optional<Section> forPerson(Actor actor, VisiblePerson person) {
        person.requireSeenBy(actor);
        return Optional.of(new Section("disclosures/person-section", Map.of("personId", person.id().toString(),
                "personName", person.person().displayName()), 15));
    }
}

package org.safeshare.exchange.web;

import java.util.Map;
import java.util.Optional;
import org.safeshare.people.PersonPageSection;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/** The person's page offers to ask other organisations of the partnership for information about them (no extra reads). */
@Component
class RequestsOnPersonPage implements PersonPageSection {

    @Override
    public Optional<Section> forPerson(Actor actor, VisiblePerson person) {
        return Optional.of(new Section("exchange/person-section", Map.of("personId", person.id().toString(),
                "personName", person.person().displayName()), 30));
    }
}

package org.safeshare.consent.web;

import java.util.Map;
import java.util.Optional;
import org.safeshare.consent.Capacity;
import org.safeshare.consent.Consents;
import org.safeshare.people.PersonPageSection;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/** The person's page shows their consent records, capacity assessments and grounds to proceed without consent. */
@Component
class ConsentOnPersonPage implements PersonPageSection {

    private final Consents consents;
    private final Capacity capacity;

    ConsentOnPersonPage(Consents consents, Capacity capacity) {
        this.consents = consents;
        this.capacity = capacity;
    }

    @Override
    public Optional<Section> forPerson(Actor actor, VisiblePerson person) {
        return Optional.of(new Section("consent/person-section", Map.of("consents", consents.forPerson(actor, person),
                "assessments", capacity.assessments(actor, person), "grounds", capacity.grounds(actor, person),
                "personId", person.id().toString(), "personName", person.person().displayName(), "today", consents.today()), 5));
    }
}

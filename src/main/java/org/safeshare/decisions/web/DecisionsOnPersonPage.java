package org.safeshare.decisions.web;

import java.util.Map;
import java.util.Optional;
import org.safeshare.decisions.Decisions;
import org.safeshare.people.PersonPageSection;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/** The person's page lists the decisions recorded about them, newest first, and starts "should I share?". */
@Component
class DecisionsOnPersonPage implements PersonPageSection {

    private final Decisions decisions;

    DecisionsOnPersonPage(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<Section> forPerson(Actor actor, VisiblePerson person) {
        return Optional.of(new Section("decisions/person-section",
                Map.of("decisions", decisions.summariesFor(actor, person), "personId", person.id().toString(),
                        "personName", person.person().displayName()), 10));
    }
}

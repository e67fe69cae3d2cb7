package org.safeshare.matching.web;

import java.util.Map;
import java.util.Optional;
import org.safeshare.matching.Holders;
import org.safeshare.people.PersonPageSection;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/** Offers a MASH officer or DSL the question "does anyone else know this child?"; nobody else sees it. */
@Component
class HoldersOnPersonPage implements PersonPageSection {

    @Override
    public Optional<Section> forPerson(Actor actor, VisiblePerson person) {
        if (!Holders.mayAsk(actor) || person.person().kind() != org.safeshare.people.domain.PersonKind.CHILD) {
            return Optional.empty();
        }
        return Optional.of(new Section("matching/person-section", Map.of("personId", person.id().toString()), 25));
    }
}

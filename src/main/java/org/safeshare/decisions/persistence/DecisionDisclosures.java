package org.safeshare.decisions.persistence;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.people.Disclosures;
import org.safeshare.people.PersonId;
import org.springframework.stereotype.Component;

/** Tells the people module whom a decision shared information about with an organisation, so it may name them there. */
@Component
class DecisionDisclosures implements Disclosures {

    private final DecisionRepository decisions;

    DecisionDisclosures(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public Set<PersonId> disclosedTo(UUID organisation, Collection<PersonId> people) {
        return decisions.peopleSharedWith(organisation, people.stream().map(PersonId::value).toList()).stream().map(PersonId::new)
                .collect(Collectors.toSet());
    }
}

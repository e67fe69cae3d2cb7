package org.safeshare.exchange.persistence;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.people.Disclosures;
import org.safeshare.people.PersonId;
import org.springframework.stereotype.Component;

/**
 * Tells the people module whom a request addressed to an organisation is about, so that its name, date of birth and
 * NHS number are shown there: the receiving organisation needs them to find its own records (and nothing more).
 */
@Component
class RequestDisclosures implements Disclosures {

    private final RequestRepository requests;

    RequestDisclosures(RequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Set<PersonId> disclosedTo(UUID organisation, Collection<PersonId> people) {
        return requests.peopleAskedAbout(organisation, people.stream().map(PersonId::value).toList()).stream().map(PersonId::new)
                .collect(Collectors.toSet());
    }
}

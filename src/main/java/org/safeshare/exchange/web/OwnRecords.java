package org.safeshare.exchange.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeshare.exchange.InformationRequest;
import org.safeshare.people.People;
import org.safeshare.people.PersonIdentity;
import org.safeshare.people.PersonSearch;
import org.safeshare.people.PersonSummary;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;
import org.safeshare.platform.web.LondonDates;

/**
 * The responding organisation's own records that may be the request's subject (same NHS number, or same name and date of
 * birth), offered on the response page: a decision filed on one of them is what a secure disclosure in answer must cite
 * (ADR 0018), and a disclosure can only carry what the sender's organisation itself holds.
 */
@Component
class OwnRecords {

    static final String NONE = "none";

    private final People people;

    OwnRecords(People people) {
        this.people = people;
    }

    List<Option> options(Actor actor, InformationRequest request) {
        List<Option> options = new ArrayList<>();
        if (actor.worksWithPeople() && request.subject().isPresent()) {
            people.search(actor, search(request.subject().get())).forEach(p -> options.add(option(p)));
        }
        options.add(new Option(NONE, "We hold no record of this person in Safeshare"));
        return options;
    }

    private static PersonSearch search(PersonIdentity subject) {
        return subject.nhsNumber().isPresent() ? new PersonSearch(Optional.empty(), subject.nhsNumber(), Optional.empty())
                : new PersonSearch(Optional.of(subject.name()), Optional.empty(), subject.dateOfBirth());
    }

    private static Option option(PersonSummary p) {
        return new Option(p.id().toString(), p.person().displayName() + p.person().dateOfBirth().map(d -> ", born " + LondonDates.date(d)).orElse(""));
    }
}

package org.safeshare.consent;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.consent.domain.ConsentHistory;
import org.safeshare.consent.domain.ConsentPosition;
import org.safeshare.consent.domain.ConsentPositionRules;
import org.safeshare.consent.domain.SharingRequest;
import org.safeshare.consent.domain.WhoMayConsent;
import org.safeshare.consent.persistence.CapacityRepository;
import org.safeshare.decisions.ConsentRegister;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "For this person and this sharing, is there valid consent, who could give it, and can it be set
 * aside?" Also the consent register the decision flow reads to pre-fill its consent answers.
 */
@Service
@Transactional(readOnly = true)
public class ConsentPositions implements ConsentRegister {

    private final Consents consents;
    private final CapacityRepository capacity;
    private final org.safeshare.consent.persistence.ConsentRepository records;
    private final People people;
    private final Organisations organisations;

    ConsentPositions(Consents consents, CapacityRepository capacity, org.safeshare.consent.persistence.ConsentRepository records,
            People people, Organisations organisations) {
        this.consents = consents;
        this.records = records;
        this.capacity = capacity;
        this.people = people;
        this.organisations = organisations;
    }

    /** An unknown recipient organisation (or one outside the partnership) is judged by purpose alone. */
    public ConsentPosition position(Actor actor, VisiblePerson visible, PurposeCategory purpose, Optional<OrganisationId> recipient) {
        PersonRecord person = visible.requireSeenBy(actor).record();
        PersonId personId = person.id();
        LocalDate today = people.today();
        SharingRequest request = recipient.flatMap(organisations::find)
                .filter(o -> o.partnershipId().value().equals(actor.partnershipId()))
                .map(o -> SharingRequest.to(purpose, o.id().value(), o.type())).orElseGet(() -> SharingRequest.forPurpose(purpose));
        return ConsentPositionRules.positionFor(Subjects.of(person, today),
                consents.forPerson(actor, visible).stream().map(ConsentRecord::history).toList(),
                capacity.assessments(personId), capacity.grounds(personId), request, today);
    }

    @Override
    public Optional<RegisteredConsent> positionFor(Actor actor, VisiblePerson person, PurposeCategory purpose,
            Optional<OrganisationId> recipient) {
        ConsentPosition position = position(actor, person, purpose, recipient);
        if (position.status() == ConsentStatus.NOT_SOUGHT && position.consent().isEmpty()) {
            return Optional.empty();
        }
        Optional<ConsentHistory> consent = position.consent();
        return Optional.of(new RegisteredConsent(position.status(), consent.map(c -> c.terms().giver().kind()).orElse(null),
                position.whoMayConsent().who() == WhoMayConsent.Who.THE_PERSON, consent.map(ConsentHistory::id).orElse(null),
                consent.map(c -> c.terms().expiresOn()).orElse(null), summary(position)));
    }

    @Override
    public boolean isRecordOf(Actor actor, VisiblePerson person, UUID consentRecord) {
        // No exception here: a "not found" thrown inside the caller's transaction would mark it for rollback.
        return actor.worksWithPeople() && records.find(new ConsentId(consentRecord))
                .filter(c -> c.organisationId().equals(actor.organisationId()) && c.personId().equals(person.id())).isPresent();
    }

    /** "Consent given by Kate Brown (...) on 2026-03-01, expires 2027-03-01." */
    static String summary(ConsentPosition position) {
        return position.explanation() + ".";
    }
}

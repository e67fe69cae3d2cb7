package org.safeshare.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.people.domain.OtherName;
import org.safeshare.people.domain.Person;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonRules;
import org.safeshare.people.domain.RelationshipRules;
import org.safeshare.people.persistence.PersonRepository;
import org.safeshare.people.persistence.Recorder;
import org.safeshare.people.persistence.RelationshipRepository;
import org.safeshare.people.persistence.StoredPerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one guarded entry point to people's records. A record is visible only to someone in the
 * organisation that holds it whose role works with people; to anyone else it is "not found", so that
 * the existence of a record about a child is never disclosed (golden rule 7: secure, need to know).
 */
@Service
@Transactional(readOnly = true)
public class People {

    /** Enough for a practitioner to pick from; a longer list means the search should be narrower. */
    public static final int SEARCH_LIMIT = 50;
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PersonRepository people;
    private final RelationshipRepository relationships;
    private final Clock clock;
    private final Audit audit;
    private final ViewAudit views;

    People(PersonRepository people, RelationshipRepository relationships, Clock clock, Audit audit, ViewAudit views) {
        this.people = people;
        this.relationships = relationships;
        this.clock = clock;
        this.audit = audit;
        this.views = views;
    }

    /** Audited without the search terms: they may be a name, which the audit trail never holds. */
    @Transactional
    public List<PersonSummary> search(Actor actor, PersonSearch search) {
        requiresPeopleRole(actor);
        if (search.isEmpty()) {
            return List.of();
        }
        List<PersonSummary> found = people.search(actor.organisationId(), search, SEARCH_LIMIT);
        AuditEvent searched = AuditEvent.of(actor, AuditAction.PERSON_SEARCHED);
        for (PersonSummary person : found) {
            searched = searched.touching(RecordRef.person(person.id().value()));
        }
        views.viewed(searched);
        return found;
    }

    @Transactional
    public PersonRecord view(Actor actor, PersonId id) {
        StoredPerson stored = visible(actor, id);
        views.viewed(AuditEvent.of(actor, AuditAction.PERSON_VIEWED).about(id.value()));
        return new PersonRecord(id, stored.person(), people.otherNames(id), people.addresses(id), relationships.involving(id));
    }

    /** People this organisation already holds with the same NHS number, or the same name and date: ask before adding. */
    public List<PersonSummary> possibleMatches(Actor actor, PersonDraft draft) {
        requiresPeopleRole(actor);
        if (!PersonRules.problemsWith(draft, today()).isEmpty()) {
            return List.of();
        }
        Person person = PersonRules.person(draft);
        List<PersonSummary> matches = new ArrayList<>();
        person.nhsNumber().ifPresent(n -> matches.addAll(people.withNhsNumber(actor.organisationId(), n)));
        people.sameNameAndDate(actor.organisationId(), person).stream()
                .filter(m -> matches.stream().noneMatch(existing -> existing.id().equals(m.id())))
                .forEach(matches::add);
        return matches;
    }

    @Transactional
    public Registration register(Actor actor, PersonDraft draft) {
        requiresPeopleRole(actor);
        Map<String, String> problems = PersonRules.problemsWith(draft, today());
        if (!problems.isEmpty()) {
            return new Registration.Refused(problems);
        }
        PersonId id = new PersonId(UUID.randomUUID());
        people.insert(id, actor.organisationId(), PersonRules.person(draft), draft.otherNames(), PersonRules.address(draft),
                recorder(actor));
        audit.record(AuditEvent.of(actor, AuditAction.PERSON_CREATED).about(id.value()));
        return new Registration.Registered(id);
    }

    /** Both people must be this organisation's; someone the actor cannot see is refused as if unknown. */
    @Transactional
    public RelationshipChange addRelationship(Actor actor, NewRelationship proposed) {
        StoredPerson subject = visible(actor, proposed.subject());
        boolean relatedVisible = people.find(proposed.related()).filter(p -> p.organisationId().equals(actor.organisationId())).isPresent();
        if (!relatedVisible) {
            return new RelationshipChange.Refused(Map.of("relatedPersonId", "Select the person they are related to"));
        }
        Map<String, String> problems = RelationshipRules.problemsWith(new RelationshipRules.Proposal(
                proposed.subject().equals(proposed.related()), subject.person().kind(), subject.person().dateOfBirth(),
                proposed.type(), proposed.parentalResponsibility(), proposed.basis()));
        if (problems.isEmpty() && relationships.exists(proposed.subject(), proposed.related(), proposed.type())) {
            problems = Map.of("type", "This relationship is already recorded");
        }
        if (!problems.isEmpty()) {
            return new RelationshipChange.Refused(problems);
        }
        RelationshipId id = new RelationshipId(UUID.randomUUID());
        relationships.insert(id, actor.organisationId(), proposed, recorder(actor));
        audit.record(AuditEvent.of(actor, AuditAction.RELATIONSHIP_ADDED).about(proposed.subject().value())
                .touching(RecordRef.person(proposed.related().value())).touching(new RecordRef(RecordRef.Kind.RELATIONSHIP, id.value())));
        return new RelationshipChange.Added(id);
    }

    /** Records a former, alternative or preferred name, so that searching by it finds the person. */
    @Transactional
    public NameChange addOtherName(Actor actor, PersonId id, OtherName.Kind kind, String givenName, String familyName) {
        visible(actor, id);
        Map<String, String> problems = PersonRules.otherNameProblems(kind, givenName, familyName);
        if (!problems.isEmpty()) {
            return new NameChange.Refused(problems);
        }
        people.insertOtherName(id, new OtherName(kind, givenName == null ? null : givenName.trim(), familyName.trim()));
        audit.record(AuditEvent.of(actor, AuditAction.PERSON_NAME_ADDED).about(id.value()));
        return new NameChange.Added();
    }

    /** Today in England, for the date rules. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    private StoredPerson visible(Actor actor, PersonId id) {
        requiresPeopleRole(actor);
        Optional<StoredPerson> found = people.find(id).filter(p -> p.organisationId().equals(actor.organisationId()));
        if (found.isEmpty()) {
            // Another organisation's record, or none: the attempt is audited, and answered as if unknown.
            views.refused(AuditEvent.of(actor, AuditAction.PERSON_VIEWED).about(id.value()));
            throw new NotFoundException("Person");
        }
        return found.get();
    }

    /**
     * The record, guarded and audited like {@link #view}, for modules that read a person's details with their own
     * records (a consent position, a consent page): the request's one view event lists them all ({@link ViewAudit}).
     */
    public PersonRecord recordFor(Actor actor, PersonId id) {
        visible(actor, id);
        views.viewed(AuditEvent.of(actor, AuditAction.PERSON_VIEWED).about(id.value()));
        return new PersonRecord(id, people.find(id).orElseThrow().person(), people.otherNames(id), people.addresses(id),
                relationships.involving(id));
    }

    /**
     * Refuses ("not found") unless the actor may see this person, without counting as a view: for
     * modules listing their own records about the person, whose reads they audit themselves.
     */
    public void requireVisible(Actor actor, PersonId id) {
        visible(actor, id);
    }

    /** For pages that hold a draft before anything is read or written: the same refusal as every other call. */
    public void requireWorksWithPeople(Actor actor) {
        requiresPeopleRole(actor);
    }

    private static void requiresPeopleRole(Actor actor) {
        if (!actor.worksWithPeople()) {
            // Administrators and auditors have no business with people's records; say nothing about them.
            throw new NotFoundException("Person");
        }
    }

    private static Recorder recorder(Actor actor) {
        return new Recorder(actor.id(), actor.kind() == Actor.Kind.API_CLIENT);
    }
}

package org.safeshare.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.safeshare.people.persistence.WholeRecords;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
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
    private final WholeRecords wholeRecords;
    private final Clock clock;
    private final Audit audit;
    private final ViewAudit views;
    private final List<Disclosures> disclosures;
    private final ApplicationEventPublisher events;

    People(PersonRepository people, RelationshipRepository relationships, WholeRecords wholeRecords, Clock clock, Audit audit,
            ViewAudit views, List<Disclosures> disclosures, ApplicationEventPublisher events) {
        this.events = events;
        this.people = people;
        this.relationships = relationships;
        this.wholeRecords = wholeRecords;
        this.clock = clock;
        this.audit = audit;
        this.views = views;
        this.disclosures = List.copyOf(disclosures);
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

    /**
     * The guarded, audited read of a person's record, read once: the capability other modules' facades require
     * ({@link VisiblePerson}, ADR 0012). Another organisation's record, or none, is "not found" and audited as refused.
     */
    @Transactional
    public VisiblePerson visible(Actor actor, PersonId id) {
        requiresPeopleRole(actor);
        // The whole record in one query (docs/performance.md); nothing of it is shown unless the actor's organisation holds it.
        WholeRecords.Whole whole = wholeRecords.find(id).filter(w -> w.stored().organisationId().equals(actor.organisationId()))
                .orElseThrow(() -> refused(actor, id));
        views.viewed(AuditEvent.of(actor, AuditAction.PERSON_VIEWED).about(id.value()));
        return new VisiblePerson(new PersonRecord(id, whole.stored().person(), whole.otherNames(), whole.addresses(), whole.relations()),
                actor);
    }

    /** The record itself, read as {@link #visible} reads it. */
    @Transactional
    public PersonRecord view(Actor actor, PersonId id) {
        return visible(actor, id).record();
    }

    /** The same read as {@link #view}, for the consent pages that name it so. */
    @Transactional
    public PersonRecord recordFor(Actor actor, PersonId id) {
        return view(actor, id);
    }

    /**
     * Which people records shared with the actor's organisation are about: the organisation's own people, and people
     * another module disclosed to it ({@link Disclosures}). Anyone else is left out. One query for the list, audited as
     * one read of each person named.
     */
    @Transactional
    public Map<PersonId, PersonIdentity> identities(Actor actor, Collection<PersonId> ids) {
        requiresPeopleRole(actor);
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<StoredPerson> found = people.findAll(Set.copyOf(ids));
        Set<PersonId> othersHeld = found.stream().filter(p -> !p.organisationId().equals(actor.organisationId()))
                .map(StoredPerson::id).collect(Collectors.toSet());
        Set<PersonId> disclosed = othersHeld.isEmpty() ? Set.of() : disclosures.stream()
                .flatMap(d -> d.disclosedTo(actor.organisationId(), othersHeld).stream()).collect(Collectors.toSet());
        Map<PersonId, PersonIdentity> named = new LinkedHashMap<>();
        AuditEvent read = AuditEvent.of(actor, AuditAction.PERSON_VIEWED);
        for (StoredPerson person : found) {
            if (person.organisationId().equals(actor.organisationId()) || disclosed.contains(person.id())) {
                named.put(person.id(), PersonIdentity.of(person.id(), person.person()));
                read = read.touching(RecordRef.person(person.id().value()));
            }
        }
        if (!named.isEmpty()) {
            views.viewed(read);
        }
        return named;
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
        events.publishEvent(new PersonRecorded(id, Optional.of(actor)));
        return new Registration.Registered(id);
    }

    /** Both people must be this organisation's; someone the actor cannot see is refused as if unknown. */
    @Transactional
    public RelationshipChange addRelationship(Actor actor, NewRelationship proposed) {
        StoredPerson subject = visibleRow(actor, proposed.subject());
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
        visibleRow(actor, id);
        Map<String, String> problems = PersonRules.otherNameProblems(kind, givenName, familyName);
        if (!problems.isEmpty()) {
            return new NameChange.Refused(problems);
        }
        people.insertOtherName(id, new OtherName(kind, givenName == null ? null : givenName.trim(), familyName.trim()));
        audit.record(AuditEvent.of(actor, AuditAction.PERSON_NAME_ADDED).about(id.value()));
        events.publishEvent(new PersonChanged(id, actor));
        return new NameChange.Added();
    }

    /** Today in England, for the date rules. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    private StoredPerson visibleRow(Actor actor, PersonId id) {
        requiresPeopleRole(actor);
        return people.find(id).filter(p -> p.organisationId().equals(actor.organisationId())).orElseThrow(() -> refused(actor, id));
    }

    /** Another organisation's record, or none: the attempt is audited, and answered as if unknown. */
    private NotFoundException refused(Actor actor, PersonId id) {
        views.refused(AuditEvent.of(actor, AuditAction.PERSON_VIEWED).about(id.value()));
        return new NotFoundException("Person");
    }

    /**
     * Refuses ("not found") unless the actor may see this person, without counting as a view: for a module's writes
     * about the person, which write their own event. Reads take a {@link VisiblePerson} instead.
     */
    public void requireVisible(Actor actor, PersonId id) {
        visibleRow(actor, id);
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

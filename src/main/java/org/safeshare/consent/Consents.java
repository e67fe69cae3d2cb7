package org.safeshare.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.consent.domain.ConsentAnswer;
import org.safeshare.consent.domain.ConsentRecordRules;
import org.safeshare.consent.domain.ConsentTerms;
import org.safeshare.consent.domain.Giver;
import org.safeshare.consent.persistence.CapacityRepository;
import org.safeshare.consent.persistence.ConsentPolicies;
import org.safeshare.consent.persistence.ConsentRepository;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one guarded entry point to consent records. A record is visible only to people-role users of the
 * organisation that holds the person's record (through {@link People}); to anyone else it is "not found".
 * Records are never changed: a correction is a new version with its reason. Withdrawal is {@link ConsentWithdrawals}.
 */
@Service
@Transactional(readOnly = true)
public class Consents {

    private final Audit audit;
    private final ViewAudit views;

    private final ConsentRepository consents;
    private final CapacityRepository capacity;
    private final ConsentPolicies policies;
    private final People people;
    private final Organisations organisations;
    private final Clock clock;

    Consents(ConsentRepository consents, CapacityRepository capacity, ConsentPolicies policies, People people, Organisations organisations,
            Clock clock, Audit audit, ViewAudit views) {
        this.consents = consents;
        this.capacity = capacity;
        this.policies = policies;
        this.people = people;
        this.organisations = organisations;
        this.clock = clock;
        this.audit = audit;
        this.views = views;
    }

    /** About a person only through the guarded read of them ({@link VisiblePerson}), so that no write can skip it. */
    @Transactional
    public ConsentChange record(Actor actor, VisiblePerson visible, ConsentTerms proposed) {
        PersonRecord person = visible.requireSeenBy(actor).record();
        PersonId personId = person.id();
        ConsentTerms terms = completed(actor, person, proposed);
        Map<String, String> problems = problemsWith(actor, person, terms);
        if (!problems.isEmpty()) {
            return new ConsentChange.Refused(problems);
        }
        ConsentId id = new ConsentId(UUID.randomUUID());
        consents.insertRecord(id, actor.organisationId(), personId, clock.instant());
        consents.insertVersion(id, 1, actor, clock.instant(), null, terms);
        audit.record(event(actor, AuditAction.CONSENT_RECORDED, id, personId));
        return new ConsentChange.Recorded(id);
    }

    /** A correction is the whole record as it should read, with why; earlier versions stay as they were. */
    @Transactional
    public ConsentChange correct(Actor actor, ConsentId id, ConsentTerms proposed, String reason) {
        ConsentRecord existing = held(actor, id);
        PersonRecord person = people.recordFor(actor, existing.personId());
        ConsentTerms terms = completed(actor, person, proposed);
        Map<String, String> problems = new LinkedHashMap<>(problemsWith(actor, person, terms));
        if (reason == null || reason.isBlank()) {
            problems.put("correctionReason", "Enter the reason for the correction");
        }
        existing.withdrawal().ifPresent(w -> problems.put("correctionReason", "This consent was withdrawn on "
                + w.withdrawal().withdrawnOn() + ". A withdrawn consent is not corrected: record a new consent if the person agrees again"));
        if (!problems.isEmpty()) {
            return new ConsentChange.Refused(problems);
        }
        consents.insertVersion(id, consents.latestVersion(id) + 1, actor, clock.instant(), reason.trim(), terms);
        audit.record(event(actor, AuditAction.CONSENT_CORRECTED, id, existing.personId()));
        return new ConsentChange.Recorded(id);
    }

    /** A consent record opened by a user or partner system: one view event for the request (ViewAudit). */
    public ConsentRecord open(Actor actor, ConsentId id) {
        return view(actor, id);
    }

    static AuditEvent event(Actor actor, AuditAction action, ConsentId id, PersonId person) {
        return AuditEvent.of(actor, action).about(person.value()).touching(new RecordRef(RecordRef.Kind.CONSENT, id.value()));
    }

    /**
     * Guarded read: the request's one view event lists it, unless the request changes something (a correction, a
     * withdrawal), which writes its own event and no view (ViewAudit). Refused reads by id are audited as refused.
     */
    public ConsentRecord view(Actor actor, ConsentId id) {
        ConsentRecord record = held(actor, id);
        views.viewed(event(actor, AuditAction.CONSENT_VIEWED, id, record.personId()));
        return record;
    }

    /** Guarded read for this module's writes (a correction, a withdrawal), which write their own event and no view. */
    ConsentRecord held(Actor actor, ConsentId id) {
        if (!actor.worksWithPeople()) {
            throw new NotFoundException("Consent");
        }
        Optional<ConsentRecord> found = consents.find(id).filter(c -> c.organisationId().equals(actor.organisationId()));
        if (found.isEmpty()) {
            views.refused(AuditEvent.of(actor, AuditAction.CONSENT_VIEWED).touching(new RecordRef(RecordRef.Kind.CONSENT, id.value())));
            throw new NotFoundException("Consent");
        }
        return found.get();
    }

    /** Newest first, in one query, read with each record touched. */
    public List<ConsentRecord> forPerson(Actor actor, VisiblePerson person) {
        person.requireSeenBy(actor);
        List<ConsentRecord> found = consents.forPerson(person.id()).stream()
                .filter(c -> c.organisationId().equals(actor.organisationId())).toList();
        AuditEvent listed = AuditEvent.of(actor, AuditAction.CONSENT_VIEWED).about(person.id().value());
        for (ConsentRecord record : found) {
            listed = listed.touching(new RecordRef(RecordRef.Kind.CONSENT, record.id().value()));
        }
        views.viewed(listed);
        return found;
    }

    /**
     * The record as it would be saved: the giver's name and parental responsibility copied from the person's
     * record, and the partnership's default expiry when none was chosen. Used by "check your answers" too.
     */
    public ConsentTerms completed(Actor actor, PersonRecord person, ConsentTerms t) {
        Giver giver = giver(person, t.giver());
        LocalDate expires = t.expiresOn();
        if (expires == null && t.answer() == ConsentAnswer.GIVEN && t.givenOn() != null) {
            LocalDate byDefault = t.givenOn().plusMonths(policies.validityMonths(actor.partnershipId()));
            LocalDate latest = ConsentRecordRules.latestExpiry(t.givenOn(), giver, Subjects.of(person, today()));
            expires = byDefault.isAfter(latest) ? latest : byDefault;
        }
        return new ConsentTerms(t.answer(), giver, t.told(), t.scope(), t.method(), t.evidence(), t.givenOn(), expires, t.childViews());
    }

    /** The problems saving would find, for "check your answers" to come only after they are fixed. Nothing is saved. */
    public Map<String, String> problemsWith(Actor actor, VisiblePerson visible, ConsentTerms proposed) {
        PersonRecord person = visible.requireSeenBy(actor).record();
        return problemsWith(actor, person, completed(actor, person, proposed));
    }

    public LocalDate today() {
        return people.today();
    }

    private Map<String, String> problemsWith(Actor actor, PersonRecord person, ConsentTerms terms) {
        Map<String, String> problems = new LinkedHashMap<>(ConsentRecordRules.problemsWith(terms, Subjects.of(person, today()),
                capacity.assessments(person.id()), today()));
        if (terms.scope() != null && !terms.scope().recipientOrganisations().stream().allMatch(o -> inPartnership(actor, o))) {
            problems.putIfAbsent("recipientOrganisations", "Select organisations in your partnership");
        }
        return problems;
    }

    private boolean inPartnership(Actor actor, UUID organisation) {
        return organisations.find(new OrganisationId(organisation)).filter(o -> o.partnershipId().value().equals(actor.partnershipId()))
                .isPresent();
    }

    /** Names come from the record, never the form; a related person's responsibility basis is copied as it stands today. */
    private static Giver giver(PersonRecord person, Giver given) {
        if (given == null || given.kind() == null) {
            return given;
        }
        if (given.kind() == ConsentGiver.SUBJECT) {
            return new Giver(given.kind(), person.id().value(), person.person().displayName(), null);
        }
        if (given.kind() == ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY && given.personId() != null) {
            return person.relations().stream().filter(r -> r.otherPersonId().value().equals(given.personId())).findFirst()
                    .map(r -> new Giver(given.kind(), given.personId(), r.otherPersonName(),
                            r.otherHoldsResponsibility() ? r.basis().orElse(null) : null))
                    .orElseGet(() -> new Giver(given.kind(), null, given.name() == null ? "This person" : given.name(), null));
        }
        return new Giver(given.kind(), null, given.name() == null ? null : given.name().trim(), null);
    }

}

package org.safeshare.consent;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.consent.domain.CapacityAssessment;
import org.safeshare.consent.domain.CapacityRules;
import org.safeshare.consent.domain.GroundRules;
import org.safeshare.consent.domain.GroundToProceed;
import org.safeshare.consent.persistence.CapacityRepository;
import org.safeshare.consent.persistence.ConsentPolicies;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonIdentity;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capacity and competence assessments (Gillick; Mental Capacity Act 2005) and the seed 003 grounds to
 * share without consent or against a refusal, with approval where the organisation's policy requires it.
 * Guarded like consent: only the organisation holding the person's record sees them.
 */
@Service
@Transactional(readOnly = true)
public class Capacity {

    private final Audit audit;

    private final CapacityRepository repository;
    private final ConsentPolicies policies;
    private final People people;
    private final Clock clock;

    Capacity(CapacityRepository repository, ConsentPolicies policies, People people, Clock clock, Audit audit) {
        this.repository = repository;
        this.policies = policies;
        this.people = people;
        this.clock = clock;
        this.audit = audit;
    }

    /** About a person only through the guarded read of them ({@link VisiblePerson}), so that no write can skip it. */
    @Transactional
    public CapacityChange assess(Actor actor, VisiblePerson visible, CapacityAssessment proposed) {
        PersonRecord person = visible.requireSeenBy(actor).record();
        PersonId personId = person.id();
        Integer ageThen = proposed.assessedOn() == null ? Subjects.ageOn(person, people.today()) : Subjects.ageOn(person, proposed.assessedOn());
        Map<String, String> problems = CapacityRules.problemsWith(proposed, Subjects.of(person, people.today()), ageThen, people.today());
        if (!problems.isEmpty()) {
            return new CapacityChange.Refused(problems);
        }
        CapacityAssessment kept = new CapacityAssessment(UUID.randomUUID(), proposed.route(), proposed.purpose(), proposed.decision().trim(),
                proposed.assessedOn(), proposed.criteriaMet(), proposed.bestInterests(), actor.displayName());
        repository.insertAssessment(actor.organisationId(), personId, kept, actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.CAPACITY_ASSESSED).about(personId.value()));
        return new CapacityChange.Recorded(kept.id());
    }

    public List<CapacityAssessment> assessments(Actor actor, VisiblePerson person) {
        return repository.assessments(person.requireSeenBy(actor).id());
    }

    /** The decider is the actor; the approval the organisation's policy requires is attached and awaited. */
    @Transactional
    public CapacityChange recordGround(Actor actor, VisiblePerson visible, GroundToProceed proposed) {
        PersonId personId = visible.requireSeenBy(actor).id();
        Map<String, String> problems = GroundRules.problemsWith(proposed, people.today());
        if (!problems.isEmpty()) {
            return new CapacityChange.Refused(problems);
        }
        Role approval = policies.groundApprovalRole(actor.organisationId()).orElse(null);
        GroundToProceed kept = new GroundToProceed(UUID.randomUUID(), proposed.ground(),
                proposed.ground() == org.safeshare.consent.domain.Ground.SIGNIFICANT_HARM ? proposed.harmForm() : null, proposed.purpose(),
                proposed.recipientOrganisation(), proposed.reasons().trim(), actor.displayName(), proposed.decidedOn(), approval, null, null);
        repository.insertGround(actor.organisationId(), personId, kept, actor, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.CONSENT_GROUND_RECORDED).about(personId.value()));
        return new CapacityChange.Recorded(kept.id());
    }

    public List<GroundToProceed> grounds(Actor actor, VisiblePerson person) {
        return repository.grounds(person.requireSeenBy(actor).id());
    }

    /** Only a user holding the role the policy names, in the same organisation, approves; to others it is not found. */
    @Transactional
    public CapacityChange approve(Actor actor, UUID groundId) {
        GroundRecord held = unapproved(actor, groundId);
        repository.approve(held.ground().id(), actor, people.today(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.RECORD_APPROVED));
        return new CapacityChange.Recorded(groundId);
    }

    /** A ground awaiting the actor's approval, with whom it is about. */
    public GroundRecord awaiting(Actor actor, UUID groundId) {
        return named(actor, List.of(unapproved(actor, groundId))).getFirst();
    }

    private GroundRecord unapproved(Actor actor, UUID groundId) {
        return repository.findGround(groundId)
                .filter(g -> g.organisationId().equals(actor.organisationId()) && g.ground().approvalRole() != null
                        && actor.has(g.ground().approvalRole()) && g.ground().approvedBy() == null)
                .orElseThrow(() -> new NotFoundException("Ground to proceed"));
    }

    public List<GroundRecord> awaitingApproval(Actor actor) {
        return named(actor, java.util.stream.Stream.of(Role.DESIGNATED_SAFEGUARDING_LEAD, Role.CALDICOTT_GUARDIAN).filter(actor::has)
                .flatMap(role -> repository.awaitingApproval(actor.organisationId(), role).stream()).toList());
    }

    /** Whom each ground is about, named from their record in one read, which is audited as a view of each. */
    private List<GroundRecord> named(Actor actor, List<GroundRecord> grounds) {
        if (grounds.isEmpty()) {
            return grounds;
        }
        Map<PersonId, PersonIdentity> names = people.identities(actor, grounds.stream().map(GroundRecord::personId).distinct().toList());
        return grounds.stream().map(g -> g.naming(java.util.Optional.ofNullable(names.get(g.personId())).map(PersonIdentity::name)
                .orElse("Not known"))).toList();
    }
}

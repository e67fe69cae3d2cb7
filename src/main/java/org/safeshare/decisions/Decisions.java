package org.safeshare.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.safeshare.decisions.domain.DecisionRecordRules;
import org.safeshare.decisions.domain.DecisionSupport;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.persistence.DecisionRepository;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.organisations.SharingStanding;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonIdentity;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision support and decision records (golden rule 7). A record is visible to people-role users of
 * the organisation that recorded it and of any organisation it was shared with; to anyone else it is
 * "not found". Records are never changed: a correction is a new version with its reason.
 */
@Service
@Transactional
public class Decisions {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final DecisionRepository decisions;
    private final People people;
    private final Organisations organisations;
    private final Clock clock;
    private final Audit audit;
    private final ViewAudit views;
    private final List<ConsentRegister> consentRegisters;
    private final LawCommencements commencements;
    private final ApplicationEventPublisher events;

    Decisions(DecisionRepository decisions, People people, Organisations organisations, Clock clock, Audit audit, ViewAudit views,
            List<ConsentRegister> consentRegisters, LawCommencements commencements, ApplicationEventPublisher events) {
        this.events = events;
        this.decisions = decisions;
        this.people = people;
        this.organisations = organisations;
        this.clock = clock;
        this.audit = audit;
        this.views = views;
        this.consentRegisters = List.copyOf(consentRegisters);
        this.commencements = commencements;
    }

    /**
     * Evaluates the facts under the version they name, or the partnership's pinned version (2024 by default), and the
     * law in force on their sharing date (today in England when none is given). The sharer is as the facts say.
     */
    @Transactional(readOnly = true)
    public Evaluation evaluate(Actor actor, SharingFacts facts) {
        return DecisionSupport.evaluate(dated(pinned(standing(actor), facts)), commencements.current());
    }

    /** Who the acting organisation is as a sharer: a public authority or not, within the duty to share or not. */
    @Transactional(readOnly = true)
    public SharingFacts.Sharer sharerFor(Actor actor, boolean lawEnforcement) {
        return sharer(standing(actor), lawEnforcement);
    }

    private static SharingFacts.Sharer sharer(SharingStanding organisation, boolean lawEnforcement) {
        return new SharingFacts.Sharer(lawEnforcement, organisation.publicAuthority(), organisation.coveredByDutyToShare());
    }

    /** The acting organisation as a sharer and its partnership's guidance, read once for a decision. */
    private SharingStanding standing(Actor actor) {
        return organisations.standing(new OrganisationId(actor.organisationId())).orElseThrow();
    }

    /** Today in England, the default sharing date. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ENGLAND));
    }

    /** About a person only through the guarded read of them ({@link VisiblePerson}), so that no write can skip it. */
    @Transactional
    public DecisionChange record(Actor actor, Optional<VisiblePerson> person, SharingFacts facts, DecisionTaken decision) {
        requirePeopleRole(actor);
        person.ifPresent(p -> p.requireSeenBy(actor));
        DecisionId id = new DecisionId(UUID.randomUUID());
        // A recorded decision takes the sharer from the acting organisation, whatever the caller sent (item 1, ADR 0011).
        boolean lawEnforcement = facts.sharer() != null && facts.sharer().lawEnforcement();
        SharingStanding acting = standing(actor);
        SharingFacts asked = dated(pinned(acting, facts)).by(sharer(acting, lawEnforcement));
        Optional<UUID> about = person.map(p -> p.id().value());
        DecisionRecord written = new DecisionRecord(id, actor.organisationId(), acting.name(), about, List.of());
        DecisionChange change = write(actor, written, person, null, asked, commencements.current(), decision,
                () -> decisions.insertDecision(id, actor.organisationId(), about, clock.instant()));
        if (change instanceof DecisionChange.Recorded) {
            audit.record(event(actor, AuditAction.DECISION_RECORDED, id, person.map(p -> p.id().value())));
        }
        return change;
    }

    /** A correction is judged by the guidance version the decision was first made under. */
    @Transactional
    public DecisionChange correct(Actor actor, DecisionId id, SharingFacts facts, DecisionTaken decision, String reason) {
        // Read without a view event: a correction writes its own event, and a write writes no view (ViewAudit).
        DecisionRecord existing = readable(actor, id).orElseThrow(() -> new NotFoundException("Decision"));
        if (!existing.organisationId().equals(actor.organisationId())) {
            // Only the recording organisation corrects its record; a recipient may see it but not change it.
            throw new NotFoundException("Decision");
        }
        if (reason == null || reason.isBlank() || reason.length() > 4000) {
            return new DecisionChange.Refused(Map.of("correctionReason",
                    reason == null || reason.isBlank() ? "Enter the reason for the correction" : "The reason for the correction must be 4,000 characters or fewer"));
        }
        // Judged again under the same law as the decision itself: never silently under a later rule set.
        DecisionVersion first = existing.versions().getFirst();
        LocalDate sharingDate = first.recommendation().sharingDate() != null ? first.recommendation().sharingDate()
                : LocalDate.ofInstant(first.recordedAt(), ENGLAND);
        SharingFacts asked = facts.under(first.recommendation().guidanceVersion()).on(sharingDate).by(first.facts().sharer());
        // The person is read (guarded) only when the correction relies on a consent record about them.
        Optional<VisiblePerson> person = decision.consentRecordId() == null ? Optional.empty()
                : existing.personId().map(p -> people.visible(actor, new PersonId(p)));
        DecisionChange change = write(actor, existing, person, reason.trim(), asked,
                Commencements.fromRuleSet(first.recommendation().ruleSet()), decision, () -> {});
        if (change instanceof DecisionChange.Recorded) {
            audit.record(event(actor, AuditAction.DECISION_CORRECTED, id, existing.personId()));
        }
        return change;
    }

    /** A read of the record: one view event for the request, or none when the request corrects it (ViewAudit). */
    public DecisionRecord view(Actor actor, DecisionId id) {
        Optional<DecisionRecord> found = readable(actor, id);
        if (found.isEmpty()) {
            views.refused(AuditEvent.of(actor, AuditAction.DECISION_VIEWED).touching(RecordRef.decision(id.value())));
            throw new NotFoundException("Decision");
        }
        views.viewed(event(actor, AuditAction.DECISION_VIEWED, id, found.get().personId()));
        return found.get();
    }

    /** The recording organisation's, or one it was shared with. */
    private Optional<DecisionRecord> readable(Actor actor, DecisionId id) {
        requirePeopleRole(actor);
        return decisions.find(id)
                .filter(d -> d.organisationId().equals(actor.organisationId()) || decisions.sharedWith(id, actor.organisationId()))
                .map(d -> named(List.of(d)).getFirst());
    }

    /** The decisions this organisation recorded about a person it holds (newest first), in one query, read with each one touched. */
    @Transactional(readOnly = true)
    public List<DecisionRecord> forPerson(Actor actor, VisiblePerson person) {
        person.requireSeenBy(actor);
        List<DecisionRecord> found = named(decisions.forPerson(person.id().value()).stream()
                .filter(d -> d.organisationId().equals(actor.organisationId())).toList());
        views.viewed(listed(AuditEvent.of(actor, AuditAction.DECISION_VIEWED).about(person.id().value()), found));
        return found;
    }

    /** Decisions recorded by other organisations that shared information with the actor's organisation, with whom each is about. */
    @Transactional(readOnly = true)
    public List<ReceivedDecision> sharedWithMyOrganisation(Actor actor) {
        requirePeopleRole(actor);
        List<DecisionRecord> found = named(decisions.sharedWithOrganisation(actor.organisationId(), 100));
        views.viewed(listed(AuditEvent.of(actor, AuditAction.DECISION_VIEWED), found));
        Map<PersonId, PersonIdentity> named = people.identities(actor,
                found.stream().flatMap(d -> d.personId().stream()).map(PersonId::new).distinct().toList());
        return found.stream().map(d -> new ReceivedDecision(d, d.personId().map(PersonId::new).map(named::get))).toList();
    }

    /** Whom a decision the actor may read is about: its own organisation's person, or one it was told about by sharing. */
    @Transactional(readOnly = true)
    public Optional<PersonIdentity> about(Actor actor, DecisionRecord record) {
        return record.personId().map(PersonId::new).flatMap(id -> Optional.ofNullable(people.identities(actor, List.of(id)).get(id)));
    }

    /** The recording organisations' names, from the organisations module in one query. */
    private List<DecisionRecord> named(List<DecisionRecord> records) {
        Map<OrganisationId, String> names = organisations.names(records.stream().map(d -> new OrganisationId(d.organisationId()))
                .distinct().toList());
        return records.stream().map(d -> d.recordedBy(names.get(new OrganisationId(d.organisationId())))).toList();
    }

    private static AuditEvent listed(AuditEvent event, List<DecisionRecord> records) {
        AuditEvent listed = event;
        for (DecisionRecord record : records) {
            listed = listed.touching(RecordRef.decision(record.id().value()));
            if (record.personId().isPresent()) {
                listed = listed.touching(RecordRef.person(record.personId().get()));
            }
        }
        return listed;
    }

    /** A new version of the record (its first, for a new decision), returned with the record as written. */
    private DecisionChange write(Actor actor, DecisionRecord record, Optional<VisiblePerson> person, String correctionReason,
            SharingFacts facts, Commencements law, DecisionTaken decision, Runnable createDecision) {
        DecisionId id = record.id();
        int version = record.versions().size() + 1;
        Evaluation evaluation = DecisionSupport.evaluate(facts, law);
        if (evaluation instanceof Evaluation.Refused refused) {
            Map<String, String> problems = new LinkedHashMap<>();
            refused.problems().forEach((field, message) -> problems.put("facts." + field, message));
            return new DecisionChange.Refused(problems);
        }
        Recommendation recommendation = ((Evaluation.Evaluated) evaluation).recommendation();
        Map<String, String> problems = new LinkedHashMap<>(DecisionRecordRules.problemsWith(decision, recommendation, facts,
                clock.instant()));
        if (decision.recipientOrganisationId() != null && !inPartnership(actor, decision.recipientOrganisationId())) {
            problems.put("recipientOrganisationId", "Select an organisation in your partnership");
        }
        if (decision.consentRecordId() != null && !consentRecordKnown(actor, person, decision.consentRecordId())) {
            problems.put("consentRecordId", "Name a consent record held about this person by your organisation");
        } else if (sharesOnConsentBeyondItsScope(actor, person, facts, decision)) {
            // Consent is specific (seed 002): it covers the purposes and recipients the person agreed to, no others.
            problems.put("recipientOrganisationId", "The consent you are relying on does not cover sharing with this organisation"
                    + " for this purpose. Choose an organisation it covers, or go back and answer that consent has not been given");
        }
        if (!problems.isEmpty()) {
            return new DecisionChange.Refused(problems);
        }
        createDecision.run();
        // As stored (PostgreSQL keeps microseconds), so that the record answered now reads as it will read later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        DecisionTaken kept = decision.sharedAt() == null && decision.choice() == DecisionTaken.Choice.SHARE
                ? withSharedAt(decision, now) : decision;
        DecisionVersion written = new DecisionVersion(version, now, actor.id(), actor.displayName(), correctionReason, facts,
                recommendation, kept, DecisionRecordRules.departs(recommendation, decision.choice()));
        decisions.insertVersion(id, written, actor.kind() == Actor.Kind.API_CLIENT);
        events.publishEvent(new DecisionVersionRecorded(id, actor.organisationId(), version, now, Optional.ofNullable(kept.consentRecordId()),
                facts.purpose() == null ? null : facts.purpose().category(), Optional.ofNullable(kept.recipientOrganisationId()),
                kept.choice() == DecisionTaken.Choice.SHARE));
        List<DecisionVersion> versions = new ArrayList<>(record.versions());
        versions.add(written);
        return new DecisionChange.Recorded(id, version, new DecisionRecord(id, record.organisationId(), record.organisationName(),
                record.personId(), versions));
    }

    private static AuditEvent event(Actor actor, AuditAction action, DecisionId id, Optional<UUID> person) {
        AuditEvent event = AuditEvent.of(actor, action).touching(RecordRef.decision(id.value()));
        return person.map(event::about).orElse(event);
    }

    private boolean sharesOnConsentBeyondItsScope(Actor actor, Optional<VisiblePerson> person, SharingFacts facts, DecisionTaken d) {
        if (d.consentRecordId() == null || d.choice() != DecisionTaken.Choice.SHARE || d.recipientOrganisationId() == null
                || person.isEmpty() || facts.purpose() == null || facts.purpose().category() == null) {
            return false;
        }
        Optional<OrganisationId> recipient = Optional.of(new OrganisationId(d.recipientOrganisationId()));
        return consentRegisters.stream()
                .map(r -> r.positionFor(actor, person.get(), facts.purpose().category(), recipient))
                .noneMatch(p -> p.isPresent() && p.get().status() == ConsentStatus.GIVEN);
    }

    private boolean consentRecordKnown(Actor actor, Optional<VisiblePerson> person, UUID consentRecord) {
        return person.isPresent() && consentRegisters.stream().anyMatch(r -> r.isRecordOf(actor, person.get(), consentRecord));
    }

    private boolean inPartnership(Actor actor, UUID organisation) {
        return organisations.standing(new OrganisationId(organisation))
                .filter(o -> o.partnershipId().value().equals(actor.partnershipId())).isPresent();
    }

    private static SharingFacts pinned(SharingStanding acting, SharingFacts facts) {
        if (facts.guidanceVersion() != null) {
            return facts;
        }
        String version = acting.guidanceVersion();
        return facts.under("2018".equals(version) ? SharingFacts.GuidanceVersion.V2018 : SharingFacts.GuidanceVersion.V2024);
    }

    /** The law of the sharing date applies; with none given, today's in England. */
    private SharingFacts dated(SharingFacts facts) {
        return facts.sharingDate() != null ? facts : facts.on(today());
    }

    private static DecisionTaken withSharedAt(DecisionTaken d, Instant at) {
        return d.sharedAt(at);
    }

    private static void requirePeopleRole(Actor actor) {
        if (!actor.worksWithPeople()) {
            throw new NotFoundException("Decision");
        }
    }
}

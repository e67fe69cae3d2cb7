package org.safeshare.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.domain.DecisionRecordRules;
import org.safeshare.decisions.domain.DecisionSupport;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.persistence.DecisionRepository;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A new version of a decision record (its first, for a new decision), shared by recording and correcting: the facts
 * evaluated, the decision checked against them, the partnership and the consent relied on, then written and announced
 * in the caller's transaction. Records are never changed: a correction is a new version with its reason.
 */
@Component
class NewVersions {

    private final DecisionRepository decisions;
    private final Organisations organisations;
    private final Clock clock;
    private final List<ConsentRegister> consentRegisters;
    private final ApplicationEventPublisher events;

    NewVersions(DecisionRepository decisions, Organisations organisations, Clock clock, List<ConsentRegister> consentRegisters,
            ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.organisations = organisations;
        this.clock = clock;
        this.consentRegisters = List.copyOf(consentRegisters);
        this.events = events;
    }

    /**
     * The version written, returned with the record as written; or the problems, with nothing written. {@code found} are
     * the caller's own problems (a correction's missing reason), answered first together with the rest.
     */
    DecisionChange write(Actor actor, DecisionRecord record, Optional<VisiblePerson> person, String correctionReason,
            Map<String, String> found, SharingFacts facts, Commencements law, DecisionTaken decision) {
        DecisionId id = record.id();
        int version = record.versions().size() + 1;
        Map<String, String> problems = new LinkedHashMap<>(found);
        Evaluation evaluation = DecisionSupport.evaluate(facts, law);
        if (evaluation instanceof Evaluation.Refused refused) {
            refused.problems().forEach((field, message) -> problems.put("facts." + field, message));
            return new DecisionChange.Refused(problems);
        }
        Recommendation recommendation = ((Evaluation.Evaluated) evaluation).recommendation();
        problemsWith(actor, person, facts, decision, recommendation).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            return new DecisionChange.Refused(problems);
        }
        // As stored (PostgreSQL keeps microseconds), so that the record answered now reads as it will read later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        DecisionTaken kept = decision.sharedAt() == null && decision.choice() == DecisionTaken.Choice.SHARE ? decision.sharedAt(now) : decision;
        DecisionVersion written = new DecisionVersion(version, now, actor.id(), actor.displayName(), correctionReason, facts,
                recommendation, kept, DecisionRecordRules.departs(recommendation, decision.choice()));
        // A first version creates the decision in the same statement.
        decisions.insertVersion(record, written, actor.kind() == Actor.Kind.API_CLIENT);
        events.publishEvent(new DecisionVersionRecorded(id, actor.organisationId(), version, now, Optional.ofNullable(kept.consentRecordId()),
                facts.purpose() == null ? null : facts.purpose().category(), Optional.ofNullable(kept.recipientOrganisationId()),
                kept.choice() == DecisionTaken.Choice.SHARE));
        List<DecisionVersion> versions = new ArrayList<>(record.versions());
        versions.add(written);
        return new DecisionChange.Recorded(id, version, new DecisionRecord(id, record.organisationId(), record.organisationName(),
                record.personId(), versions));
    }

    private Map<String, String> problemsWith(Actor actor, Optional<VisiblePerson> person, SharingFacts facts, DecisionTaken decision,
            Recommendation recommendation) {
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
        return problems;
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
}

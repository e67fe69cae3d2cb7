package org.safeshare.decisions;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Correcting a decision record, through {@link Decisions} (which holds the transaction): a new version with its reason,
 * judged by the guidance version and the law the decision was first made under; earlier versions stay.
 */
@Component
class CorrectingDecisions {

    private final ReadingDecisions reading;
    private final NewVersions versions;
    private final People people;
    private final Audit audit;

    CorrectingDecisions(ReadingDecisions reading, NewVersions versions, People people, Audit audit) {
        this.reading = reading;
        this.versions = versions;
        this.people = people;
        this.audit = audit;
    }

    DecisionChange correct(Actor actor, DecisionId id, SharingFacts facts, DecisionTaken decision, String reason) {
        // Read without a view event: a correction writes its own event, and a write writes no view (ViewAudit).
        DecisionRecord existing = reading.readable(actor, id).orElseThrow(() -> new NotFoundException("Decision"));
        if (!existing.organisationId().equals(actor.organisationId())) {
            // Only the recording organisation corrects its record; a recipient may see it but not change it.
            throw new NotFoundException("Decision");
        }
        // A missing reason is one problem among the correction's others: all are answered at once, nothing is written.
        Map<String, String> reasonProblem = reason == null || reason.isBlank() ? Map.of("correctionReason", "Enter the reason for the correction")
                : reason.length() > 4000 ? Map.of("correctionReason", "The reason for the correction must be 4,000 characters or fewer") : Map.of();
        // Judged again under the same law as the decision itself: never silently under a later rule set.
        DecisionVersion first = existing.versions().getFirst();
        LocalDate sharingDate = first.recommendation().sharingDate() != null ? first.recommendation().sharingDate()
                : LocalDate.ofInstant(first.recordedAt(), FactsAsAsked.ENGLAND);
        SharingFacts asked = facts.under(first.recommendation().guidanceVersion()).on(sharingDate).by(first.facts().sharer());
        // The person is read (guarded) only when the correction relies on a consent record about them.
        Optional<VisiblePerson> person = decision.consentRecordId() == null ? Optional.empty()
                : existing.personId().map(p -> people.visible(actor, new PersonId(p)));
        DecisionChange change = versions.write(actor, existing, person, reason == null ? null : reason.trim(), reasonProblem,
                asked, Commencements.fromRuleSet(first.recommendation().ruleSet()), decision);
        if (change instanceof DecisionChange.Recorded) {
            audit.record(DecisionEvents.of(actor, AuditAction.DECISION_CORRECTED, id, existing.personId()));
        }
        return change;
    }
}

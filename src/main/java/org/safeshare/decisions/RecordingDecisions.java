package org.safeshare.decisions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.organisations.SharingStanding;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/** Recording a new decision, through {@link Decisions} (which holds the transaction), audited in it (golden rule 7). */
@Component
class RecordingDecisions {

    private final FactsAsAsked asked;
    private final NewVersions versions;
    private final LawCommencements commencements;
    private final Audit audit;

    RecordingDecisions(FactsAsAsked asked, NewVersions versions, LawCommencements commencements, Audit audit) {
        this.asked = asked;
        this.versions = versions;
        this.commencements = commencements;
        this.audit = audit;
    }

    /** About a person only through the guarded read of them ({@link VisiblePerson}), so that no write can skip it. */
    DecisionChange record(Actor actor, Optional<VisiblePerson> person, SharingFacts facts, DecisionTaken decision) {
        DecisionEvents.requirePeopleRole(actor);
        person.ifPresent(p -> p.requireSeenBy(actor));
        DecisionId id = new DecisionId(UUID.randomUUID());
        // A recorded decision takes the sharer from the acting organisation, whatever the caller sent (item 1, ADR 0011).
        boolean lawEnforcement = facts.sharer() != null && facts.sharer().lawEnforcement();
        SharingStanding acting = asked.standing(actor);
        SharingFacts judged = asked.pinnedAndDated(acting, facts).by(FactsAsAsked.sharer(acting, lawEnforcement));
        Optional<UUID> about = person.map(p -> p.id().value());
        DecisionRecord written = new DecisionRecord(id, actor.organisationId(), acting.name(), about, List.of());
        DecisionChange change = versions.write(actor, written, person, null, Map.of(), judged, commencements.current(), decision);
        if (change instanceof DecisionChange.Recorded) {
            audit.record(DecisionEvents.of(actor, AuditAction.DECISION_RECORDED, id, about));
        }
        return change;
    }
}

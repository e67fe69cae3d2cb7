package org.safeshare.decisions;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.actions.subjects.ActionSubjects;
import org.safeshare.actions.subjects.SubjectKind;
import org.safeshare.actions.subjects.SubjectSummary;
import org.safeshare.platform.web.LondonDates;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/** An action can be set on a decision its setter may read (the decisions module's own guarded, audited read). */
@Component
class DecisionsAsActionSubjects implements ActionSubjects {

    private final Decisions decisions;

    DecisionsAsActionSubjects(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Set<SubjectKind> kinds() {
        return Set.of(SubjectKind.DECISION);
    }

    @Override
    public Optional<SubjectSummary> visibleTo(SubjectKind kind, UUID id, Actor actor) {
        DecisionRecord decision = decisions.view(actor, new DecisionId(id));
        return Optional.of(new SubjectSummary("Sharing decision recorded by " + decision.organisationName() + " on "
                + LondonDates.date(decision.current().recordedAt()), "/decisions/" + id, decision.personId()));
    }
}

package org.safeshare.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeshare.decisions.domain.DecisionSupport;
import org.safeshare.people.PersonIdentity;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision support and decision records (golden rule 7): the module's facade, holding the transactions; each use case
 * is its own class (recording, correcting, reading). A record is visible to people-role users of the organisation that
 * recorded it and of any organisation it was shared with; to anyone else it is "not found". Records are never changed:
 * a correction is a new version with its reason.
 */
@Service
@Transactional
public class Decisions {

    private final RecordingDecisions recording;
    private final CorrectingDecisions correcting;
    private final ReadingDecisions reading;
    private final FactsAsAsked asked;
    private final LawCommencements commencements;

    Decisions(RecordingDecisions recording, CorrectingDecisions correcting, ReadingDecisions reading, FactsAsAsked asked,
            LawCommencements commencements) {
        this.recording = recording;
        this.correcting = correcting;
        this.reading = reading;
        this.asked = asked;
        this.commencements = commencements;
    }

    /**
     * Evaluates the facts under the version they name, or the partnership's pinned version (2024 by default), and the
     * law in force on their sharing date (today in England when none is given). The sharer is as the facts say.
     */
    @Transactional(readOnly = true)
    public Evaluation evaluate(Actor actor, SharingFacts facts) {
        return DecisionSupport.evaluate(asked.pinnedAndDated(asked.standing(actor), facts), commencements.current());
    }

    /** Who the acting organisation is as a sharer: a public authority or not, within the duty to share or not. */
    @Transactional(readOnly = true)
    public SharingFacts.Sharer sharerFor(Actor actor, boolean lawEnforcement) {
        return FactsAsAsked.sharer(asked.standing(actor), lawEnforcement);
    }

    /** Today in England, the default sharing date. */
    public LocalDate today() {
        return asked.today();
    }

    /** About a person only through the guarded read of them ({@link VisiblePerson}), so that no write can skip it. */
    public DecisionChange record(Actor actor, Optional<VisiblePerson> person, SharingFacts facts, DecisionTaken decision) {
        return recording.record(actor, person, facts, decision);
    }

    /** A correction is judged by the guidance version the decision was first made under. */
    public DecisionChange correct(Actor actor, DecisionId id, SharingFacts facts, DecisionTaken decision, String reason) {
        return correcting.correct(actor, id, facts, decision, reason);
    }

    /** A read of the record: one view event for the request, or none when the request corrects it (ViewAudit). */
    public DecisionRecord view(Actor actor, DecisionId id) {
        return reading.view(actor, id);
    }

    /** The decisions this organisation recorded about a person it holds (newest first), in one query, read with each one touched. */
    @Transactional(readOnly = true)
    public List<DecisionRecord> forPerson(Actor actor, VisiblePerson person) {
        return reading.forPerson(actor, person);
    }

    /** The decisions this organisation recorded about a person it holds, as the person's page lists them (no versions' JSON). */
    @Transactional(readOnly = true)
    public List<DecisionSummary> summariesFor(Actor actor, VisiblePerson person) {
        return reading.summariesFor(actor, person);
    }

    /** Decisions recorded by other organisations that shared information with the actor's organisation, with whom each is about. */
    @Transactional(readOnly = true)
    public List<ReceivedDecision> sharedWithMyOrganisation(Actor actor) {
        return reading.sharedWithMyOrganisation(actor);
    }

    /** Whom a decision the actor may read is about: its own organisation's person, or one it was told about by sharing. */
    @Transactional(readOnly = true)
    public Optional<PersonIdentity> about(Actor actor, DecisionRecord record) {
        return reading.about(actor, record);
    }
}

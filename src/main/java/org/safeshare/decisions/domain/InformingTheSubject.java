package org.safeshare.decisions.domain;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.decisions.Recommendation.InformSubject;
import org.safeshare.decisions.Recommendation.Outcome;
import org.safeshare.decisions.Recommendation.Reason;

/**
 * Whether to tell the person (or family) about the sharing: yes where practicable and safe (2018 rule 2, 2024 rule 2;
 * seed 002 'How?'), no where that would increase the risk, prejudice an investigation or cause harmful delay
 * (seed 003), or could expose someone whose identity must be protected (2024 rule 5).
 */
final class InformingTheSubject {

    private InformingTheSubject() {}

    static InformSubject decide(Situation situation, Outcome outcome) {
        if (outcome == Outcome.SEEK_CONSENT) {
            return InformSubject.INFORM; // seeking consent is itself telling them
        }
        return situation.seekingConsentUnsafe() || situation.identitiesAtRisk() ? InformSubject.DO_NOT_INFORM : InformSubject.INFORM;
    }

    static List<Reason> reasons(Situation situation, InformSubject decision) {
        List<Reason> reasons = new ArrayList<>();
        if (decision == InformSubject.INFORM) {
            reasons.add(new Reason("inform.be-open", Sources.HOW,
                    "Be open with the person (and family where appropriate) about what is shared, with whom and why, as long as"
                            + " doing so does not create or increase the risk of harm."));
            reasons.add(GoldenRules.openAndHonest(situation.version()));
            return reasons;
        }
        var consent = situation.facts().consent();
        if (consent.seekingWouldIncreaseRisk()) {
            reasons.add(new Reason("inform.would-increase-risk", Sources.HOW,
                    "Do not tell the person or family: doing so would create or increase the risk of harm."));
        }
        if (consent.seekingWouldPrejudiceInvestigation()) {
            reasons.add(new Reason("inform.would-prejudice-investigation", Sources.WITHOUT_CONSENT,
                    "Do not tell the person or family: it could compromise a child protection or criminal investigation."));
        }
        if (consent.seekingWouldCauseHarmfulDelay()) {
            reasons.add(new Reason("inform.harmful-delay", Sources.PRINCIPLES,
                    "Do not delay sharing to tell the person or family first: timeliness is key where delay increases risk."));
        }
        if (situation.identitiesAtRisk()) {
            reasons.add(new Reason("inform.protect-identities", Sources.HOW,
                    "Do not tell the person or family: it could reveal who raised the concern or others at risk from an abuser."));
            reasons.add(GoldenRules.protectOthers(situation.version()));
        }
        return reasons;
    }
}

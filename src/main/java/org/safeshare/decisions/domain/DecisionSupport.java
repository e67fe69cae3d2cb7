package org.safeshare.decisions.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.safeshare.decisions.Commencements;
import org.safeshare.decisions.Evaluation;
import org.safeshare.decisions.Recommendation;
import org.safeshare.decisions.Recommendation.DutyToShare;
import org.safeshare.decisions.Recommendation.Escalation;
import org.safeshare.decisions.Recommendation.InformSubject;
import org.safeshare.decisions.Recommendation.Precondition;
import org.safeshare.decisions.Recommendation.Reason;
import org.safeshare.decisions.SharingFacts;

/**
 * "Should I share?": the when-and-how-to-share flowchart (seed 002, section 5), the consent rules
 * (seed 003), the lawful bases (UK GDPR, DPA 2018) and the golden rules of the pinned guidance
 * version. Pure: the same facts always give the same recommendation, with every reason cited.
 */
public final class DecisionSupport {

    private DecisionSupport() {}

    /** Evaluates the facts with no provision awaiting commencement in force. */
    public static Evaluation evaluate(SharingFacts facts) {
        return evaluate(facts, Commencements.NONE);
    }

    /** Evaluates the facts under the law in force on their sharing date, given the commencement dates known. */
    public static Evaluation evaluate(SharingFacts facts, Commencements commencements) {
        var problems = FactsValidation.problemsWith(facts);
        if (!problems.isEmpty()) {
            return new Evaluation.Refused(problems);
        }
        return new Evaluation.Evaluated(recommend(Situation.of(facts, commencements)));
    }

    private static Recommendation recommend(Situation situation) {
        Verdict verdict = WhenToShare.verdict(situation);
        Set<Escalation> escalations = Escalations.of(situation);
        InformSubject inform = InformingTheSubject.decide(situation, verdict.outcome());
        Set<Precondition> preconditions = Preconditions.of(situation, verdict.sharing());
        DutyToShare duty = StatutoryDutyToShare.status(situation);
        List<Reason> reasons = new ArrayList<>(verdict.reasons());
        if (duty == DutyToShare.MORE_DETRIMENTAL) {
            reasons.add(StatutoryDutyToShare.moreDetrimental());
        }
        reasons.addAll(Escalations.reasons(situation, escalations));
        reasons.addAll(InformingTheSubject.reasons(situation, inform));
        reasons.addAll(Preconditions.reasons(situation, preconditions));
        reasons.add(GoldenRules.keepARecord(situation.version()));
        reasons.add(TheLawOnTheDay.reason(situation));
        // A decision is judged by the guidance in force when it was made: the 2024 advice replaced the 2018 advice.
        reasons.add(new Reason("guidance.version", Sources.GUIDANCE_VERSIONS,
                "Judged by the " + situation.version().label() + " information sharing advice"
                        + (situation.facts().guidanceVersion() == null ? " (the default)." : ", as pinned.")));
        return new Recommendation(verdict.outcome(), situation.immediateDanger(), escalations, verdict.lawfulBasis(), inform,
                preconditions, distinct(reasons), HowToShare.steps(verdict.outcome(), inform), situation.version(),
                situation.sharingDate(), TheLawOnTheDay.ruleSet(situation), duty);
    }

    private static List<Reason> distinct(List<Reason> reasons) {
        return reasons.stream().distinct().toList();
    }
}

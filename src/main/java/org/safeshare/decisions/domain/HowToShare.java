package org.safeshare.decisions.domain;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.decisions.Recommendation.InformSubject;
import org.safeshare.decisions.Recommendation.Outcome;

/**
 * The "How?" checklist of seed 002 section 5, adapted to the outcome, with seed 003's proportionality questions
 * where the practitioner must weigh sharing without consent or take advice.
 */
final class HowToShare {

    static final List<String> PROPORTIONALITY_QUESTIONS = List.of(
            "How at risk is the child or young person?",
            "Is the risk imminent?",
            "How much safer will they be if the information is shared?",
            "Will the relationship with the family be so damaged by sharing against their wishes that it may be better not to share?",
            "Does the information need to be shared now, or could it wait until the family agree?");

    private static final String RECORD = "Record the decision and the reasons for it, whether or not you share; if you share,"
            + " record what you shared, with whom, for what purpose and when (golden rule 7).";

    private HowToShare() {}

    static List<String> steps(Outcome outcome, InformSubject inform) {
        List<String> steps = new ArrayList<>(switch (outcome) {
            case SHARE, SHARE_WITHOUT_CONSENT -> sharing(inform);
            case SEEK_CONSENT -> List.of(
                    "Explain what will happen to the information, who will be told what, who they will tell and why.",
                    "Make sure consent is freely given, specific and informed, and that they know they can withdraw it.",
                    "Record who gave consent, for what, and when; share only once it is given.");
            case SEEK_ADVICE -> List.of(
                    "Discuss with your safeguarding lead, designated safeguarding lead or IG lead, without disclosing the person's"
                            + " identity where possible.",
                    "Record the outcome of the discussion.");
            case DO_NOT_SHARE -> List.of("If someone asked for the information, discuss your reasons with them.");
        });
        if (outcome == Outcome.SHARE_WITHOUT_CONSENT || outcome == Outcome.SEEK_ADVICE) {
            steps.addAll(PROPORTIONALITY_QUESTIONS);
        }
        steps.add(RECORD);
        return steps;
    }

    private static List<String> sharing(InformSubject inform) {
        return List.of(
                "Identify how much information to share: only what is necessary, proportionate, relevant, adequate and accurate.",
                "Distinguish fact from opinion, and explain any historical information.",
                "Make sure you are giving the right information to the right person.",
                "Share the information securely.",
                inform == InformSubject.INFORM
                        ? "Tell the person that the information has been shared, as long as that does not create or increase the risk of harm."
                        : "Do not tell the person or family that the information has been shared: that would increase the risk.");
    }
}

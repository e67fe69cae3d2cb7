package org.safeshare.exchange;

import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import java.util.List;
import java.util.UUID;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.SharingFacts;

/**
 * An addressed organisation's response: answer (with items per question) or decline (with reasons the requester
 * sees), and what the decision engine needs to judge it. The request itself supplies whom it is about, the purpose, the
 * recipient and whether a public body asked for its public task (UK GDPR Annex 1 paragraph 1); the responder answers
 * the rest, and the decision record is made from both (golden rule 7), never typed by hand.
 *
 * @param personId the responder's own record of the person, if they hold one (the decision is then filed on it)
 */
public record RequestResponse(Choice choice, List<AnswerItem> answers, String reasons, String departureReason, Facts facts,
        DecisionTaken.SubjectInformed subjectInformed, String notInformedReason, String consentNotSoughtReason,
        Boolean discussedWithRequester, String moreDetrimentalReason, DecisionTaken.LegitimateInterestsTests legitimateInterests,
        UUID personId) {

    public RequestResponse {
        answers = answers == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
    }

    public enum Choice { ANSWER, DECLINE }

    /** The items that share information, in order: the decision record lists these and only these. */
    public List<AnswerItem> shared() {
        return answers.stream().filter(a -> a != null && a.shares()).toList();
    }

    /**
     * The facts only the responder knows. Yes/no answers left out count as no; {@code purposeLegitimate} left out counts
     * as yes (the request states its purpose), {@code legalRequirement} as none.
     */
    public record Facts(SharingFacts.RiskLevel riskLevel, Boolean seriousCrime, Boolean buildingPicture, Boolean sharingMoreDetrimental,
            ConsentStatus consentStatus, ConsentGiver consentGivenBy, Boolean subjectCompetent,
            Boolean seekingConsentWouldIncreaseRisk, Boolean seekingConsentWouldCauseHarmfulDelay,
            Boolean seekingConsentWouldPrejudiceInvestigation, Boolean confidential, Boolean specialCategory, Boolean criminalOffence,
            Boolean identitiesAtRisk, Boolean adultAtRisk, SharingFacts.Legitimacy purposeLegitimate,
            SharingFacts.LegalRequirement legalRequirement) {}
}

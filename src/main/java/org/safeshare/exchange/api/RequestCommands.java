package org.safeshare.exchange.api;

import static org.safeshare.platform.web.SameName.as;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.exchange.NewInformationRequest;
import org.safeshare.exchange.RequestResponse;
import org.safeshare.exchange.api.RequestValues.Choice;
import org.safeshare.exchange.api.RequestValues.ConsentGiver;
import org.safeshare.exchange.api.RequestValues.ConsentStatus;
import org.safeshare.exchange.api.RequestValues.LegalRequirement;
import org.safeshare.exchange.api.RequestValues.Legitimacy;
import org.safeshare.exchange.api.RequestValues.Purpose;
import org.safeshare.exchange.api.RequestValues.RiskLevel;
import org.safeshare.exchange.api.RequestValues.SubjectInformed;
import org.safeshare.exchange.api.RequestValues.Urgency;

/**
 * What the information request API takes: a new request and a response, as their own records with the fields they have
 * always had, apart from the domain's commands (ADR 0022). A list left out is an empty list; the domain names a null
 * in one as a problem.
 */
final class RequestCommands {

    private RequestCommands() {}

    @Schema(name = "NewInformationRequest")
    record NewRequest(UUID personId, Purpose purposeCategory, String purpose, String lawfulBasis, Boolean statesPublicTask, Urgency urgency,
            List<String> questions, List<Addressee> addressees) {

        NewInformationRequest command() {
            return new NewInformationRequest(personId, as(PurposeCategory.class, purposeCategory), purpose, lawfulBasis, statesPublicTask,
                    as(org.safeshare.exchange.domain.Urgency.class, urgency), questions,
                    addressees == null ? null : addressees.stream().map(a -> a == null ? null : a.addressee()).toList());
        }
    }

    @Schema(name = "Addressee")
    record Addressee(UUID organisationId, UUID namedUserId, UUID teamId) {

        NewInformationRequest.Addressee addressee() {
            return new NewInformationRequest.Addressee(organisationId, namedUserId, teamId);
        }
    }

    @Schema(name = "RequestResponse")
    record Response(Choice choice, List<RequestBodies.Answer> answers, String reasons, String departureReason, Facts facts,
            SubjectInformed subjectInformed, String notInformedReason, String consentNotSoughtReason, Boolean discussedWithRequester,
            String moreDetrimentalReason, LegitimateInterests legitimateInterests,
            @Schema(description = "The responder's own record of the person, if they hold one: the decision is filed on it") UUID personId) {

        RequestResponse response() {
            return new RequestResponse(as(RequestResponse.Choice.class, choice),
                    answers == null ? null : answers.stream().map(a -> a == null ? null : a.item()).toList(), reasons, departureReason,
                    facts == null ? null : facts.facts(), as(DecisionTaken.SubjectInformed.class, subjectInformed), notInformedReason,
                    consentNotSoughtReason, discussedWithRequester, moreDetrimentalReason,
                    legitimateInterests == null ? null : new DecisionTaken.LegitimateInterestsTests(legitimateInterests.purpose(),
                            legitimateInterests.necessity(), legitimateInterests.balancing()),
                    personId);
        }
    }

    /** The three tests of legitimate interests (UK GDPR Article 6(1)(f)), when the responder relies on them. */
    @Schema(name = "LegitimateInterestsTests")
    record LegitimateInterests(String purpose, String necessity, String balancing) {}

    /** The facts only the responder knows; yes/no answers left out count as no. */
    @Schema(name = "ResponseFacts")
    record Facts(RiskLevel riskLevel, Boolean seriousCrime, Boolean buildingPicture, Boolean sharingMoreDetrimental,
            ConsentStatus consentStatus, ConsentGiver consentGivenBy, Boolean subjectCompetent, Boolean seekingConsentWouldIncreaseRisk,
            Boolean seekingConsentWouldCauseHarmfulDelay, Boolean seekingConsentWouldPrejudiceInvestigation, Boolean confidential,
            Boolean specialCategory, Boolean criminalOffence, Boolean identitiesAtRisk, Boolean adultAtRisk, Legitimacy purposeLegitimate,
            LegalRequirement legalRequirement) {

        RequestResponse.Facts facts() {
            return new RequestResponse.Facts(as(SharingFacts.RiskLevel.class, riskLevel), seriousCrime, buildingPicture,
                    sharingMoreDetrimental, as(org.safeshare.decisions.domain.vocabulary.ConsentStatus.class, consentStatus),
                    as(org.safeshare.decisions.domain.vocabulary.ConsentGiver.class, consentGivenBy), subjectCompetent,
                    seekingConsentWouldIncreaseRisk, seekingConsentWouldCauseHarmfulDelay, seekingConsentWouldPrejudiceInvestigation,
                    confidential, specialCategory, criminalOffence, identitiesAtRisk, adultAtRisk,
                    as(SharingFacts.Legitimacy.class, purposeLegitimate), as(SharingFacts.LegalRequirement.class, legalRequirement));
        }
    }
}

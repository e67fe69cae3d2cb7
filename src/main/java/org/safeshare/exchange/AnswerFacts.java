package org.safeshare.exchange;

import java.util.List;
import java.util.Optional;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.exchange.persistence.RequestRepository.StoredRequest;

/**
 * Builds the decision engine's facts and the decision record from a request and its response. What the request said
 * is taken from the request as stored, whatever the responder sends: whom it is about, the purpose, the recipient (a
 * partner of the partnership, known to Safeshare and reached through it) and whether a public body asked for its public
 * task, which is what opens UK GDPR Annex 1 paragraph 1 to a recipient that is not a public authority.
 */
final class AnswerFacts {

    private AnswerFacts() {}

    static SharingFacts facts(StoredRequest request, RequestResponse.Facts f, boolean requesterCoveredByDutyToShare) {
        var subject = new SharingFacts.Subject(request.subjectKind(), request.subjectAgeYears().orElse(null), yes(f.adultAtRisk()));
        var purpose = new SharingFacts.Purpose(request.purposeCategory(),
                f.purposeLegitimate() == null ? SharingFacts.Legitimacy.YES : f.purposeLegitimate());
        var information = new SharingFacts.Information(true, yes(f.confidential()), yes(f.specialCategory()), yes(f.criminalOffence()),
                yes(f.identitiesAtRisk()));
        var consent = new SharingFacts.Consent(f.consentStatus(), f.consentGivenBy(), yes(f.subjectCompetent()),
                yes(f.seekingConsentWouldIncreaseRisk()), yes(f.seekingConsentWouldCauseHarmfulDelay()),
                yes(f.seekingConsentWouldPrejudiceInvestigation()));
        var risk = new SharingFacts.Risk(f.riskLevel(), yes(f.seriousCrime()), yes(f.buildingPicture()), f.sharingMoreDetrimental());
        var recipient = new SharingFacts.Recipient(true, true, true, requesterCoveredByDutyToShare);
        var asked = new SharingFacts.Request(request.fromPublicAuthority(), request.statesPublicTask());
        return new SharingFacts(null, subject, purpose, information, consent, risk,
                f.legalRequirement() == null ? SharingFacts.LegalRequirement.NONE : f.legalRequirement(), recipient, null, null, asked);
    }

    /**
     * The decision record of the response: to share the answer items with the requester, or not to share. A question
     * declined on its own is not among what was shared; its reasons stay on the response, where the requester reads them.
     */
    static DecisionTaken decision(StoredRequest request, RequestResponse r, List<String> questions) {
        boolean answering = r.choice() == RequestResponse.Choice.ANSWER;
        List<DecisionTaken.InformationItem> items = answering ? r.shared().stream().map(a -> item(a, questions)).toList() : List.of();
        return new DecisionTaken(answering ? DecisionTaken.Choice.SHARE : DecisionTaken.Choice.DO_NOT_SHARE, r.reasons(),
                r.departureReason(), request.purpose(), request.requestingOrganisationId(), request.requestedByName(), items,
                answering ? DecisionTaken.SharingMethod.SECURE_PORTAL : null, null, r.subjectInformed(), r.notInformedReason(),
                r.consentNotSoughtReason(), answering ? null : Optional.ofNullable(r.discussedWithRequester()).orElse(false), null, null,
                r.legitimateInterests(), r.moreDetrimentalReason());
    }

    private static DecisionTaken.InformationItem item(AnswerItem a, List<String> questions) {
        String question = a.question() != null && a.question() >= 1 && a.question() <= questions.size() ? questions.get(a.question() - 1)
                : "Question " + a.question();
        String category = question.length() > 200 ? question.substring(0, 197) + "..." : question;
        return new DecisionTaken.InformationItem(category, a.answer(),
                a.kind() == AnswerItem.Kind.OPINION ? DecisionTaken.FactOrOpinion.OPINION : DecisionTaken.FactOrOpinion.FACT,
                a.kind() == AnswerItem.Kind.HISTORICAL ? "Historical information; source: " + a.source() : "Source: " + a.source());
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}

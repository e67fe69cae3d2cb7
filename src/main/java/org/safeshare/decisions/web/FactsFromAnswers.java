package org.safeshare.decisions.web;

import org.safeshare.decisions.SharingFacts.Consent;
import org.safeshare.decisions.SharingFacts.Information;
import org.safeshare.decisions.SharingFacts.Legitimacy;
import org.safeshare.decisions.SharingFacts.Purpose;
import org.safeshare.decisions.SharingFacts.Recipient;
import org.safeshare.decisions.SharingFacts.Risk;
import org.safeshare.decisions.SharingFacts.RiskLevel;
import org.safeshare.decisions.SharingFacts.Subject;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/** Turns the relevant answers of a journey into the facts the engine (and the API) take: one mapping, so both agree. */
final class FactsFromAnswers {

    private FactsFromAnswers() {}

    static SharingFacts facts(DecisionDraft d) {
        boolean identifies = d.is(Questions.INFORMATION, "identifiesIndividual");
        Subject subject = new Subject(d.kind(), d.kind() == SharingFacts.SubjectKind.UNBORN ? null : d.age(),
                d.kind() == SharingFacts.SubjectKind.ADULT && d.is(Questions.ADULT_AT_RISK, "YES"), d.nhsNumberKnown);
        Purpose purpose = new Purpose(enumOf(PurposeCategory.class, d.single(Questions.PURPOSE)),
                enumOf(Legitimacy.class, d.single(Questions.LEGITIMATE)));
        Information information = new Information(identifies, d.is(Questions.INFORMATION, "confidential"),
                d.is(Questions.INFORMATION, "specialCategory"), d.is(Questions.INFORMATION, "criminalOffence"),
                d.is(Questions.INFORMATION, "identitiesAtRisk"));
        RiskLevel level = d.is(Questions.DANGER, "YES") ? RiskLevel.IMMEDIATE_DANGER : enumOf(RiskLevel.class, d.single(Questions.RISK));
        boolean duty = d.dutyToShareCouldApply();
        Risk risk = new Risk(level, d.is(Questions.CRIME, "seriousCrime"), d.is(Questions.CRIME, "buildingPicture"),
                duty && d.is(Questions.RECIPIENT_COVERED, "YES") && d.is(Questions.MORE_DETRIMENTAL, "YES"));
        Recipient recipient = new Recipient(d.is(Questions.RECIPIENT, "hasRoleInSafeguarding"),
                d.is(Questions.RECIPIENT, "identityVerified"), d.is(Questions.RECIPIENT, "secureChannelAvailable"),
                duty && d.is(Questions.RECIPIENT_COVERED, "YES"));
        // The flow asks nothing new of a public authority: the request question is for other sharers only.
        SharingFacts.Request request = d.sharerPublicAuthority ? null
                : new SharingFacts.Request(d.is(Questions.REQUEST, "fromPublicAuthority"), d.is(Questions.REQUEST, "statesPublicTask"));
        return new SharingFacts(null, subject, purpose, information, consent(d, identifies), risk,
                enumOf(SharingFacts.LegalRequirement.class, d.single(Questions.LEGAL)), recipient,
                new SharingFacts.Sharer(false, d.sharerPublicAuthority, d.sharerCovered), null, request);
    }

    /** Non-identifying information needs no consent (flowchart step 3); the engine is told it was not sought. */
    private static Consent consent(DecisionDraft d, boolean identifies) {
        if (!identifies) {
            return new Consent(ConsentStatus.NOT_SOUGHT, null, false, false, false, false);
        }
        ConsentStatus status = enumOf(ConsentStatus.class, d.single(Questions.CONSENT));
        ConsentGiver givenBy = status == ConsentStatus.GIVEN
                ? giver(d.single(Questions.GIVEN_BY)) : null;
        return new Consent(status, givenBy, d.is(Questions.COMPETENT, "YES"),
                d.is(Questions.SEEKING_CONSENT, "seekingWouldIncreaseRisk"), d.is(Questions.SEEKING_CONSENT, "seekingWouldCauseHarmfulDelay"),
                d.is(Questions.SEEKING_CONSENT, "seekingWouldPrejudiceInvestigation"));
    }

    /** The page's answer to "who gave consent?" (values kept since drafts were first saved) in the engine's words. */
    static ConsentGiver giver(String answer) {
        return answer == null ? null : switch (answer) {
            case "SUBJECT" -> ConsentGiver.SUBJECT;
            case "PARENT_WITH_PR" -> ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY;
            case "OTHER" -> ConsentGiver.OTHER;
            default -> throw new IllegalArgumentException("Not an answer to who gave consent");
        };
    }

    /** The answer the page offers for a giver: an attorney or deputy is "someone else" to this question. */
    static String answer(ConsentGiver giver) {
        return switch (giver) {
            case SUBJECT -> "SUBJECT";
            case PERSON_WITH_PARENTAL_RESPONSIBILITY -> "PARENT_WITH_PR";
            case ATTORNEY, COURT_OF_PROTECTION_DEPUTY, OTHER -> "OTHER";
        };
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}

package org.safeshare.decisions.domain;

import java.util.List;
import java.util.Optional;
import org.safeshare.decisions.Recommendation.Article6;
import org.safeshare.decisions.Recommendation.Article9;
import org.safeshare.decisions.Recommendation.ConfidentialityGround;
import org.safeshare.decisions.Recommendation.LawfulBasis;
import org.safeshare.decisions.Recommendation.Outcome;
import org.safeshare.decisions.Recommendation.Reason;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * Where there is no risk of significant harm, no legal requirement and no serious crime, sharing identifying
 * information rests on consent (seed 003, 'Sharing Information without Consent'), given by someone who can give it.
 */
final class SharingOnConsent {

    private SharingOnConsent() {}

    static Verdict verdict(Situation situation) {
        return switch (situation.consentStatus()) {
            case GIVEN -> whyConsentIsNotValid(situation).map(why -> seekConsent(situation, why))
                    .orElseGet(() -> sharedWithConsent(situation));
            case NOT_SOUGHT, EXPIRED -> seekConsent(situation, consentRequired(situation));
            case REFUSED, REFUSAL_SET_ASIDE, WITHDRAWN -> respectTheRefusal(situation);
            case CANNOT_BE_GIVEN -> bestInterests(situation);
        };
    }

    /** Consent counts only from someone who can give it: the person if they can decide, otherwise a parent with PR for a child. */
    static boolean validlyGiven(Situation situation) {
        return situation.consentStatus() == ConsentStatus.GIVEN && whyConsentIsNotValid(situation).isEmpty();
    }

    private static Optional<Reason> whyConsentIsNotValid(Situation situation) {
        ConsentGiver expected = situation.subjectCanConsent() ? ConsentGiver.SUBJECT : ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY;
        if (situation.consentGivenBy() == expected) {
            return Optional.empty();
        }
        return Optional.of(new Reason("consent.given-by-wrong-person", Sources.WHO_MAY_CONSENT, whoMustConsent(situation)
                + " The consent recorded was not given by them, so it cannot be relied on."));
    }

    static String whoMustConsent(Situation situation) {
        if (situation.kind() == SubjectKind.UNBORN) {
            return "For an unborn baby, consent comes from the mother or another parent with parental responsibility.";
        }
        if (situation.kind() == SubjectKind.ADULT) {
            return "An adult is presumed to have capacity (Mental Capacity Act 2005) and consents for themselves;"
                    + " only an attorney or deputy can act for one who lacks capacity.";
        }
        return situation.subjectCanConsent()
                ? "This young person is competent for this decision (Gillick competent, or 16 or over and presumed to have"
                        + " capacity), so their own consent is needed."
                : "For a child under 16 who is not competent for this decision, consent comes from a parent or other person"
                        + " with parental responsibility.";
    }

    private static Reason consentRequired(Situation situation) {
        return new Reason("consent.required-no-significant-harm", Sources.WITHOUT_CONSENT,
                "The child's needs do not indicate a risk of significant harm, so consent must be sought before sharing"
                        + " information that identifies them. " + whoMustConsent(situation));
    }

    private static Verdict seekConsent(Situation situation, Reason why) {
        if (situation.seekingConsentUnsafe()) {
            return Verdict.withoutSharing(Outcome.SEEK_ADVICE, why, new Reason("consent.unsafe-to-seek-without-significant-harm",
                    Sources.PROPORTIONALITY, "Seeking consent would increase risk, cause harmful delay or prejudice an"
                            + " investigation, yet no risk of significant harm is recorded. Discuss with a safeguarding lead whether"
                            + " the threshold for sharing without consent is met."), GoldenRules.seekAdvice(situation.version()));
        }
        return Verdict.withoutSharing(Outcome.SEEK_CONSENT, why, new Reason("consent.informed", Sources.INFORMED_CONSENT,
                "Consent must be informed: the person understands what will happen to the information, who will be told what,"
                        + " who they will tell and why. It must be freely given, specific and can be withdrawn."),
                GoldenRules.openAndHonest(situation.version()));
    }

    private static Verdict sharedWithConsent(Situation situation) {
        boolean consentBased = consentIsTheBasisFor(situation.purpose());
        Reason flowchart = new Reason("flowchart.consent", Sources.WHEN,
                "You have consent to share, from someone who can give it: you can share, but consider how.");
        Reason article6 = consentBased ? new Reason("lawful-basis.consent", Sources.CONSENT_CONDITIONS,
                "Consent is the Art 6(1)(a) basis for a service the person has chosen, such as early help or their own care;"
                        + " it is specific, time-limited and can be withdrawn at any time.") : LawfulBases.publicTask();
        return new Verdict(Outcome.SHARE, basisWithConsent(situation, consentBased),
                List.of(flowchart, article6, GoldenRules.consent(situation.version())));
    }

    private static LawfulBasis basisWithConsent(Situation situation, boolean consentBased) {
        boolean care = situation.purpose() == PurposeCategory.INDIVIDUAL_CARE;
        Article9 condition = care ? Article9.HEALTH_OR_SOCIAL_CARE : Article9.EXPLICIT_CONSENT;
        // Sch 1 para 2 (health or social care purposes); otherwise para 29 (consent) for criminal offence data.
        Integer paragraph = care ? LawfulBases.paragraphIfNeeded(situation, 2) : situation.criminalOffence() ? 29 : null;
        return LawfulBases.of(consentBased ? Article6.CONSENT : Article6.PUBLIC_TASK,
                LawfulBases.article9IfSpecial(situation, condition), paragraph,
                LawfulBases.confidentiality(situation, ConfidentialityGround.CONSENT));
    }

    /** Consent is the Art 6 basis only for services the person chooses; statutory purposes use public task (2024 advice). */
    private static boolean consentIsTheBasisFor(PurposeCategory purpose) {
        return purpose == PurposeCategory.EARLY_HELP || purpose == PurposeCategory.INDIVIDUAL_CARE || purpose == PurposeCategory.OTHER;
    }

    private static Verdict respectTheRefusal(Situation situation) {
        String what = situation.consentStatus() == ConsentStatus.WITHDRAWN ? "withdrawn" : "refused";
        return Verdict.withoutSharing(Outcome.DO_NOT_SHARE, new Reason("consent.respect-refusal", Sources.WITHOUT_CONSENT,
                "Consent was " + what + " and there is no risk of significant harm, legal requirement or serious crime to"
                        + " override it: respect the person's wishes. Think again if the risk changes."),
                GoldenRules.consent(situation.version()),
                new Reason("flowchart.no-lawful-reason", Sources.WHEN,
                        "No lawful reason to share without consent has been identified: do not share."));
    }

    private static Verdict bestInterests(Situation situation) {
        return Verdict.withoutSharing(Outcome.SEEK_ADVICE, new Reason("consent.cannot-be-given-best-interests", Sources.MCA_BEST_INTERESTS,
                "Consent cannot be given. Without a risk of significant harm, share only where legislation permits and it is in"
                        + " the person's best interests (Mental Capacity Act 2005): seek advice on that judgement."),
                GoldenRules.seekAdvice(situation.version()));
    }
}

package org.safeshare.decisions.domain;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.decisions.Recommendation.Article6;
import org.safeshare.decisions.Recommendation.Article9;
import org.safeshare.decisions.Recommendation.ConfidentialityGround;
import org.safeshare.decisions.Recommendation.LawfulBasis;
import org.safeshare.decisions.Recommendation.Outcome;
import org.safeshare.decisions.Recommendation.Reason;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;

/**
 * Significant harm suspected, or a picture to build: the purpose is safeguarding and the information must be shared
 * (seed 000: lack of agreement must NEVER be an excuse for not sharing). Consent is not needed (2024 rule 3) and a
 * refusal is overridden in the public interest (seed 003); consent that was validly given is still respected as such.
 */
final class SafeguardingConcern {

    private SafeguardingConcern() {}

    static Verdict verdict(Situation situation) {
        boolean consented = SharingOnConsent.validlyGiven(situation);
        Outcome outcome = consented ? Outcome.SHARE : Outcome.SHARE_WITHOUT_CONSENT;
        List<Reason> reasons = new ArrayList<>(List.of(seed000(situation), GoldenRules.safetyBeforePrivacy(situation.version())));
        if (!consented) {
            reasons.add(GoldenRules.sharingWithoutConsent(situation.version()));
            reasons.add(whyConsentIsNotNeeded(situation));
        }
        reasons.add(LawfulBases.publicTask());
        reasons.add(statutoryGateway(situation));
        if (situation.specialCategory() && !consented && !situation.protectedByParagraph18()
                && !situation.seriousCrime() && !situation.immediateDanger()) {
            return adultNotAtRiskNeedsAdvice(situation, reasons);
        }
        reasons.addAll(conditionReasons(situation, consented));
        return new Verdict(outcome, basis(situation, consented), reasons);
    }

    private static Reason seed000(Situation situation) {
        String text = situation.significantHarm()
                ? "There is reasonable cause to suspect significant harm: share with children's social care (or adult social"
                        + " care). Sharing in these circumstances is legitimate and in the public interest."
                : "Sharing is needed to build a picture of whether there is significant harm; lack of agreement must never be"
                        + " an excuse for not sharing when there are good reasons to be worried.";
        return new Reason("safeguarding.share-when-significant-harm", Sources.SIGNIFICANT_HARM, text);
    }

    private static Reason whyConsentIsNotNeeded(Situation situation) {
        if (situation.consentStatus().refused() || situation.consentStatus() == ConsentStatus.WITHDRAWN) {
            return new Reason("consent.refusal-overridden-significant-harm", Sources.WITHOUT_CONSENT,
                    "A refusal of consent may be overridden in the public interest where there is a risk of significant harm,"
                            + " including where a competent child refuses and the refusal places them at risk.");
        }
        if (situation.seekingConsentUnsafe()) {
            return new Reason("consent.not-sought-would-increase-risk", Sources.WITHOUT_CONSENT,
                    "Do not seek consent: seeking it would increase the risk, cause harmful delay or compromise an investigation.");
        }
        if (!situation.significantHarm()) {
            return new Reason("consent.not-required-building-picture", Sources.WITHOUT_CONSENT,
                    "Information may be shared without consent to build a picture of whether a child is at risk of significant"
                            + " harm, where telling the family could itself increase the risk.");
        }
        return new Reason("consent.not-required-significant-harm", Sources.WITHOUT_CONSENT,
                "Consent is not needed where there is an actual or potential risk of significant harm; where it is safe, still be"
                        + " open with the family about what you are sharing and why.");
    }

    private static Reason statutoryGateway(Situation situation) {
        if (situation.childOrUnborn()) {
            return new Reason("statutory-gateway.children", Sources.CHILDREN_ACT,
                    "Children's social care must make enquiries where significant harm is suspected (s47); partner agencies"
                            + " have a duty to safeguard and promote children's welfare (s11).");
        }
        return situation.adultAtRisk()
                ? new Reason("statutory-gateway.adults", Sources.CARE_ACT,
                        "The local authority must make safeguarding enquiries for an adult at risk of abuse or neglect (s42).")
                : new Reason("safeguarding.adult-serious-harm", Sources.PUBLIC_INTEREST,
                        "Where there is a clear risk of serious harm to an adult, the public interest test will almost certainly"
                                + " be satisfied.");
    }

    private static LawfulBasis basis(Situation situation, boolean consented) {
        ConfidentialityGround ground = LawfulBases.confidentiality(situation,
                consented ? ConfidentialityGround.CONSENT : ConfidentialityGround.PUBLIC_INTEREST);
        if (consented) {
            return LawfulBases.of(Article6.PUBLIC_TASK, LawfulBases.article9IfSpecial(situation, Article9.EXPLICIT_CONSENT),
                    situation.criminalOffence() ? 29 : null, ground);
        }
        if (situation.protectedByParagraph18()) {
            return LawfulBases.of(Article6.PUBLIC_TASK, LawfulBases.article9IfSpecial(situation, Article9.SUBSTANTIAL_PUBLIC_INTEREST),
                    LawfulBases.paragraphIfNeeded(situation, 18), ground);
        }
        if (situation.seriousCrime()) {
            return LawfulBases.of(Article6.PUBLIC_TASK, LawfulBases.article9IfSpecial(situation, Article9.SUBSTANTIAL_PUBLIC_INTEREST),
                    LawfulBases.paragraphIfNeeded(situation, 10), ground);
        }
        // Art 9(2)(c): vital interests, for an adult not at risk in immediate danger to life.
        return LawfulBases.of(Article6.PUBLIC_TASK, LawfulBases.article9IfSpecial(situation, Article9.VITAL_INTERESTS), null, ground);
    }

    private static List<Reason> conditionReasons(Situation situation, boolean consented) {
        List<Reason> reasons = new ArrayList<>();
        if (situation.confidential() && !consented) {
            reasons.add(LawfulBases.publicInterest());
        }
        if (!(situation.specialCategory() || situation.criminalOffence()) || consented) {
            return reasons;
        }
        if (situation.protectedByParagraph18()) {
            reasons.addAll(Paragraph18.conditions(situation));
            reasons.addAll(LawfulBases.scheduleOneNotes(situation, 18));
        } else if (situation.seriousCrime()) {
            reasons.addAll(LegalRequirements.paragraph10(situation));
        } else if (situation.specialCategory()) {
            reasons.add(new Reason("ukgdpr.article9.vital-interests", Sources.UK_GDPR_ART9,
                    "Art 9(2)(c) vital interests: sharing health or other special category data to protect life in immediate danger."));
        }
        return reasons;
    }

    private static Verdict adultNotAtRiskNeedsAdvice(Situation situation, List<Reason> reasons) {
        reasons.add(new Reason("dpa.sch1.para18.not-met-adult-not-at-risk", Sources.DPA_SCH1_PARA18,
                "Para 18 protects children and adults at risk only. For an adult who is not at risk, no Schedule 1 condition"
                        + " for sharing this special category data without consent has been identified: seek advice (IG lead or"
                        + " Caldicott Guardian), or seek the adult's consent if that is safe."));
        reasons.add(GoldenRules.seekAdvice(situation.version()));
        return new Verdict(Outcome.SEEK_ADVICE, LawfulBasis.NONE, reasons);
    }
}

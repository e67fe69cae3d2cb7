package org.safeshare.decisions.domain;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.decisions.Provision;
import org.safeshare.decisions.Recommendation.Article6;
import org.safeshare.decisions.Recommendation.Article9;
import org.safeshare.decisions.Recommendation.ConfidentialityGround;
import org.safeshare.decisions.Recommendation.DutyToShare;
import org.safeshare.decisions.Recommendation.Outcome;
import org.safeshare.decisions.Recommendation.Reason;
import org.safeshare.decisions.SharingFacts.RiskLevel;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * Children Act 2004 s16LA, once commenced for the sharing date: a person within s16LA(4) (a body in s11(1), a
 * designated education or childcare agency, or their contractor) that holds information it considers relevant to
 * safeguarding or promoting a child's welfare must disclose it to another such person, unless it considers that the
 * disclosure would be more detrimental to the child than not disclosing (s16LA(3)). The basis is then legal obligation
 * (Art 6(1)(c)), whoever the sharer is.
 */
final class StatutoryDutyToShare {

    private StatutoryDutyToShare() {}

    /** Where the duty stands, or null where it does not arise on this date for this sharer, recipient and information. */
    static DutyToShare status(Situation situation) {
        if (!arises(situation)) {
            return null;
        }
        return situation.sharingMoreDetrimental() ? DutyToShare.MORE_DETRIMENTAL : DutyToShare.APPLIES;
    }

    private static boolean arises(Situation situation) {
        return situation.inForce(Provision.DUTY_TO_SHARE) && situation.sharerCovered() && situation.recipientCovered()
                && situation.kind() == SubjectKind.CHILD && situation.identifying() && relevantToSafeguardingOrWelfare(situation);
    }

    private static boolean relevantToSafeguardingOrWelfare(Situation situation) {
        return situation.purpose() == PurposeCategory.SAFEGUARDING || situation.purpose() == PurposeCategory.EARLY_HELP
                || situation.riskLevel() != RiskLevel.NONE || situation.buildingPicture();
    }

    static Verdict verdict(Situation situation) {
        boolean consented = SharingOnConsent.validlyGiven(situation);
        // Sch 1 para 6: processing necessary for a function conferred by an enactment, for reasons of substantial public interest.
        var basis = LawfulBases.of(Article6.LEGAL_OBLIGATION,
                LawfulBases.article9IfSpecial(situation, Article9.SUBSTANTIAL_PUBLIC_INTEREST), LawfulBases.paragraphIfNeeded(situation, 6),
                LawfulBases.confidentiality(situation, ConfidentialityGround.LEGAL_REQUIREMENT));
        List<Reason> reasons = new ArrayList<>(List.of(new Reason("duty-to-share.s16la", Sources.CA2004_S16LA,
                        "You and the recipient are both covered by the duty to share, and the information is relevant to"
                                + " safeguarding or promoting the welfare of this child: the law says you must share it, so far as it"
                                + " may help the recipient do their work for the child. Your lawful basis is legal obligation"
                                + " (UK GDPR Article 6(1)(c))."),
                new Reason("duty-to-share.exception", Sources.CA2004_S16LA,
                        "The only exception: you consider that sharing would be more detrimental to the child than not sharing."
                                + " If that is your view, go back, say so, and record why.")));
        if (!consented) {
            reasons.add(GoldenRules.sharingWithoutConsent(situation.version()));
        }
        reasons.addAll(LawfulBases.scheduleOneNotes(situation, 6));
        return new Verdict(consented ? Outcome.SHARE : Outcome.SHARE_WITHOUT_CONSENT, basis, reasons);
    }

    static Reason moreDetrimental() {
        return new Reason("duty-to-share.more-detrimental", Sources.CA2004_S16LA,
                "You consider that sharing would be more detrimental to the child than not sharing, so the duty to share does"
                        + " not apply (section 16LA(3)). The rest of the guidance still decides; if you do not share, record why"
                        + " sharing would be more detrimental.");
    }

    /** s16LC, once commenced: a designated person processing information about a child includes the consistent identifier. */
    static boolean includesConsistentIdentifier(Situation situation) {
        return situation.inForce(Provision.CONSISTENT_IDENTIFIER) && situation.kind() == SubjectKind.CHILD && situation.nhsNumberKnown();
    }

    static Reason consistentIdentifier() {
        return new Reason("consistent-identifier.s16lc", Sources.CA2004_S16LC,
                "Include the child's NHS number, the consistent identifier for children, so that the recipient can match the"
                        + " information to the right child.");
    }
}

package org.safeshare.decisions.domain;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.decisions.Recommendation.Article6;
import org.safeshare.decisions.Recommendation.Article9;
import org.safeshare.decisions.Recommendation.ConfidentialityGround;
import org.safeshare.decisions.Recommendation.Outcome;
import org.safeshare.decisions.Recommendation.Reason;
import org.safeshare.decisions.SharingFacts.LegalRequirement;

/**
 * Lawful reasons to share without consent other than significant harm (seed 003, 'Sharing Information without
 * Consent'): a legal obligation such as a court order, a statutory requirement, or preventing or detecting a
 * serious crime.
 */
final class LegalRequirements {

    private LegalRequirements() {}

    static Verdict legalObligation(Situation situation) {
        boolean consented = SharingOnConsent.validlyGiven(situation);
        boolean courtOrder = situation.legalRequirement() == LegalRequirement.COURT_ORDER;
        // Art 9(2)(f): courts acting in their judicial capacity; Sch 1 para 6: statutory and government purposes.
        Article9 condition = courtOrder ? Article9.LEGAL_CLAIMS : Article9.SUBSTANTIAL_PUBLIC_INTEREST;
        Integer paragraph = courtOrder ? null : LawfulBases.paragraphIfNeeded(situation, 6);
        var basis = LawfulBases.of(Article6.LEGAL_OBLIGATION, LawfulBases.article9IfSpecial(situation, condition), paragraph,
                LawfulBases.confidentiality(situation, ConfidentialityGround.LEGAL_REQUIREMENT));
        return new Verdict(consented ? Outcome.SHARE : Outcome.SHARE_WITHOUT_CONSENT, basis, obligationReasons(situation, courtOrder));
    }

    private static List<Reason> obligationReasons(Situation situation, boolean courtOrder) {
        List<Reason> reasons = new ArrayList<>(List.of(courtOrder
                ? new Reason("legal-requirement.court-order", Sources.WITHOUT_CONSENT, "A court order requires the"
                        + " information: there is a legal obligation to share (Art 6(1)(c)), with or without consent.")
                : new Reason("legal-requirement.statutory-duty", Sources.WITHOUT_CONSENT, "A statute requires the"
                        + " information (for example a notifiable disease): there is a legal obligation to share (Art 6(1)(c)),"
                        + " with or without consent."),
                GoldenRules.sharingWithoutConsent(situation.version())));
        if (!courtOrder) {
            reasons.addAll(LawfulBases.scheduleOneNotes(situation, 6));
        } else if (situation.criminalOffence()) {
            reasons.add(new Reason("ukgdpr.article10", Sources.UK_GDPR_ART10, "Criminal offence data disclosed under a court order"
                    + " needs a Schedule 1 condition too: Part 3 paragraph 33 (legal proceedings) is the usual one; check with your IG lead."));
        }
        return reasons;
    }

    static Verdict seriousCrime(Situation situation) {
        boolean consented = SharingOnConsent.validlyGiven(situation);
        var basis = LawfulBases.of(Article6.PUBLIC_TASK,
                LawfulBases.article9IfSpecial(situation, Article9.SUBSTANTIAL_PUBLIC_INTEREST),
                LawfulBases.paragraphIfNeeded(situation, 10),
                LawfulBases.confidentiality(situation, consented ? ConfidentialityGround.CONSENT : ConfidentialityGround.PUBLIC_INTEREST));
        List<Reason> reasons = new ArrayList<>(List.of(new Reason("crime.serious-crime", Sources.WITHOUT_CONSENT,
                        "Information may be shared without consent to prevent or help detect a serious crime."),
                new Reason("crime.crime-and-disorder-act-s115", Sources.CRIME_AND_DISORDER,
                        "Section 115 gives a power (not a duty) to disclose to the police, local authorities, probation and health"
                                + " for crime reduction; share only what is necessary and proportionate."),
                LawfulBases.publicTask(), GoldenRules.sharingWithoutConsent(situation.version())));
        if (situation.confidential() && !consented) {
            reasons.add(LawfulBases.publicInterest());
        }
        reasons.addAll(paragraph10(situation));
        return new Verdict(consented ? Outcome.SHARE : Outcome.SHARE_WITHOUT_CONSENT, basis, reasons);
    }

    static List<Reason> paragraph10(Situation situation) {
        List<Reason> reasons = new ArrayList<>();
        if (situation.specialCategory() || situation.criminalOffence()) {
            reasons.add(new Reason("dpa.sch1.para10", Sources.DPA_SCH1_PARA10,
                    "Preventing or detecting unlawful acts: sharing is necessary for that purpose, for reasons of substantial public"
                            + " interest, and asking for consent would prejudice it."));
            reasons.addAll(LawfulBases.scheduleOneNotes(situation, 10));
        }
        return reasons;
    }
}

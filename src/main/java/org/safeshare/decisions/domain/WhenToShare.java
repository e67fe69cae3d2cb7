package org.safeshare.decisions.domain;

import java.util.List;
import org.safeshare.decisions.Recommendation.ConfidentialityGround;
import org.safeshare.decisions.Recommendation.DutyToShare;
import org.safeshare.decisions.Recommendation.LawfulBasis;
import org.safeshare.decisions.Recommendation.Outcome;
import org.safeshare.decisions.Recommendation.Reason;
import org.safeshare.decisions.SharingFacts.LegalRequirement;
import org.safeshare.decisions.SharingFacts.Legitimacy;

/**
 * The "When?" flowchart (seed 002 section 5): a clear and legitimate purpose; consent; whether the information
 * identifies anyone; a lawful reason to share without consent. Suspected significant harm makes the purpose
 * safeguarding whatever else was answered (seed 000), so it is never turned away at the first question.
 */
final class WhenToShare {

    private WhenToShare() {}

    static Verdict verdict(Situation situation) {
        if (situation.legitimate() == Legitimacy.NO && !situation.significantHarm()) {
            return Verdict.withoutSharing(Outcome.DO_NOT_SHARE, new Reason("flowchart.purpose", Sources.WHEN,
                    "There is no clear and legitimate purpose for sharing: do not share."));
        }
        if (situation.legitimate() == Legitimacy.UNSURE && !situation.significantHarm()) {
            return Verdict.withoutSharing(Outcome.SEEK_ADVICE, new Reason("flowchart.purpose-unsure", Sources.HOW,
                    "You are unsure whether the purpose is legitimate: seek advice, and record the outcome of the discussion."),
                    GoldenRules.seekAdvice(situation.version()));
        }
        return underPartThree(situation, NonPublicSharers.forSharer(situation, decide(situation))).after(List.of(purpose(situation)));
    }

    private static Reason purpose(Situation situation) {
        if (situation.legitimate() != Legitimacy.YES) {
            return new Reason("flowchart.purpose-is-safeguarding", Sources.SIGNIFICANT_HARM, "Significant harm is suspected, so the"
                    + " purpose is safeguarding: sharing with children's social care is legitimate and in the public interest.");
        }
        return new Reason("flowchart.purpose", Sources.WHEN, "There is a clear and legitimate purpose for sharing ("
                + situation.purpose().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ").");
    }

    private static Verdict decide(Situation situation) {
        if (!situation.identifying()) {
            return notIdentifying();
        }
        if (situation.legalRequirement() != LegalRequirement.NONE) {
            return LegalRequirements.legalObligation(situation);
        }
        if (StatutoryDutyToShare.status(situation) == DutyToShare.APPLIES) {
            return StatutoryDutyToShare.verdict(situation);
        }
        if (situation.safeguardingConcern()) {
            return SafeguardingConcern.verdict(situation);
        }
        if (situation.seriousCrime()) {
            return LegalRequirements.seriousCrime(situation);
        }
        return SharingOnConsent.verdict(situation);
    }

    /** Information that identifies no one is not personal data, so neither UK GDPR nor confidence restricts it. */
    private static Verdict notIdentifying() {
        return new Verdict(Outcome.SHARE, new LawfulBasis(null, null, null, ConfidentialityGround.NOT_CONFIDENTIAL, false, null),
                List.of(new Reason("flowchart.not-identifying", Sources.WHEN,
                        "The information does not enable an individual to be identified: you can share, but consider how."
                                + " Check that it cannot be pieced together with other information to identify someone.")));
    }

    /**
     * A police force processing for a law-enforcement purpose works under DPA 2018 Part 3, not UK GDPR Articles 6
     * and 9; its condition for sensitive processing to safeguard is Schedule 8 paragraph 4.
     */
    private static Verdict underPartThree(Situation situation, Verdict verdict) {
        if (!situation.lawEnforcement() || !verdict.sharing() || !situation.identifying()) {
            return verdict;
        }
        Integer paragraph = situation.safeguardingPurpose() ? 4 : null;
        var basis = new LawfulBasis(null, null, null, verdict.lawfulBasis().confidentialityGround(), true, paragraph);
        List<Reason> kept = verdict.reasons().stream().filter(reason -> !aboutUkGdpr(reason)).toList();
        return new Verdict(verdict.outcome(), verdict.lawfulBasis(), kept).withBasis(basis, new Reason("dpa.part3", Sources.DPA_PART3, paragraph != null
                ? "Police processing for law enforcement falls under DPA 2018 Part 3; Schedule 8 paragraph 4 (safeguarding of"
                        + " children and individuals at risk) is the condition for sensitive processing."
                : "Police processing for law enforcement falls under DPA 2018 Part 3; sensitive processing needs a Schedule 8"
                        + " condition: record which one."));
    }

    private static boolean aboutUkGdpr(Reason reason) {
        return reason.ruleId().startsWith("lawful-basis.") || reason.ruleId().startsWith("ukgdpr.")
                || reason.ruleId().startsWith("dpa.sch1.");
    }
}

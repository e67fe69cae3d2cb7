package org.safeshare.decisions.domain;

import java.time.LocalDate;
import org.safeshare.decisions.Commencements;
import org.safeshare.decisions.Provision;
import org.safeshare.decisions.SharingFacts.GuidanceVersion;
import org.safeshare.decisions.SharingFacts.Information;
import org.safeshare.decisions.SharingFacts.LegalRequirement;
import org.safeshare.decisions.SharingFacts.Legitimacy;
import org.safeshare.decisions.SharingFacts.Recipient;
import org.safeshare.decisions.SharingFacts.RiskLevel;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * Validated facts with the optional parts filled in (absent information, recipient or sharer mean all-false, except
 * that a sharer is a public authority unless it says otherwise; an absent legal requirement means none; an absent
 * version means 2024; an absent sharing date means the law since 5 February 2026 with nothing commenced), the
 * commencement dates known, and the questions the rules ask of them.
 */
record Situation(SharingFacts facts, GuidanceVersion version, Information information, Recipient recipient,
        LegalRequirement legalRequirement, boolean lawEnforcement, Commencements commencements) {

    private static final Information NO_INFORMATION = new Information(false, false, false, false, false);
    private static final Recipient NO_RECIPIENT = new Recipient(false, false, false);

    static Situation of(SharingFacts facts, Commencements commencements) {
        return new Situation(facts,
                facts.guidanceVersion() == null ? GuidanceVersion.V2024 : facts.guidanceVersion(),
                facts.information() == null ? NO_INFORMATION : facts.information(),
                facts.recipient() == null ? NO_RECIPIENT : facts.recipient(),
                facts.legalRequirement() == null ? LegalRequirement.NONE : facts.legalRequirement(),
                facts.sharer() != null && facts.sharer().lawEnforcement(), commencements);
    }

    LocalDate sharingDate() {
        return facts.sharingDate();
    }

    /** The closing words of UK GDPR Art 6(1): points (ea) and (f) do not apply to a public authority performing its tasks. */
    boolean publicAuthority() {
        return facts.sharer() == null || facts.sharer().actsAsPublicAuthority();
    }

    /** UK GDPR Art 6(1)(ea) exists on the sharing date (from 5 February 2026). */
    boolean recognisedLegitimateInterestInForce() {
        return sharingDate() == null || !sharingDate().isBefore(Commencements.RECOGNISED_LEGITIMATE_INTEREST_FROM);
    }

    /** A provision awaiting commencement is in force on the sharing date; never without a date. */
    boolean inForce(Provision provision) {
        return commencements.inForce(provision, sharingDate());
    }

    /** UK GDPR Annex 1 paragraph 1: answering a public body that states it needs the information for its public task. */
    boolean answeringPublicBodysRequest() {
        return facts.request() != null && facts.request().fromPublicBodyForItsPublicTask();
    }

    boolean sharerCovered() {
        return facts.sharer() != null && facts.sharer().covered();
    }

    boolean recipientCovered() {
        return recipient.covered();
    }

    boolean sharingMoreDetrimental() {
        return facts.risk().moreDetrimental();
    }

    boolean nhsNumberKnown() {
        return facts.subject().hasNhsNumber();
    }

    SubjectKind kind() {
        return facts.subject().kind();
    }

    boolean childOrUnborn() {
        return kind() != SubjectKind.ADULT;
    }

    boolean adultAtRisk() {
        return facts.subject().adultAtRisk();
    }

    /** DPA 2018 Sch 1 para 18(1)(b): under 18, or an adult at risk. An unborn child is protected as a child. */
    boolean protectedByParagraph18() {
        return childOrUnborn() || adultAtRisk();
    }

    PurposeCategory purpose() {
        return facts.purpose().category();
    }

    Legitimacy legitimate() {
        return facts.purpose().legitimate();
    }

    RiskLevel riskLevel() {
        return facts.risk().level();
    }

    boolean significantHarm() {
        return riskLevel().compareTo(RiskLevel.SIGNIFICANT_HARM_SUSPECTED) >= 0;
    }

    boolean immediateDanger() {
        return riskLevel() == RiskLevel.IMMEDIATE_DANGER;
    }

    boolean seriousCrime() {
        return facts.risk().seriousCrime();
    }

    /** Seed 003: sharing to build a picture of whether there is significant harm counts only where some risk is recorded. */
    boolean buildingPicture() {
        return facts.risk().buildingPicture() && riskLevel() != RiskLevel.NONE;
    }

    /** Significant harm suspected, or sharing is needed to find out whether there is (seed 003, overriding public interest). */
    boolean safeguardingConcern() {
        return significantHarm() || buildingPicture();
    }

    boolean safeguardingPurpose() {
        return safeguardingConcern() || purpose() == PurposeCategory.SAFEGUARDING;
    }

    ConsentStatus consentStatus() {
        return facts.consent().status();
    }

    ConsentGiver consentGivenBy() {
        return facts.consent().givenBy();
    }

    /** Seed 003: seeking consent would increase risk or compromise an investigation; seed 002 'Timely': harmful delay. */
    boolean seekingConsentUnsafe() {
        var consent = facts.consent();
        return consent.seekingWouldIncreaseRisk() || consent.seekingWouldPrejudiceInvestigation()
                || consent.seekingWouldCauseHarmfulDelay();
    }

    /** Able to decide for themselves: an adult, a young person of 16 or 17 (MCA 2005 presumption), or a Gillick-competent child. */
    boolean subjectCanConsent() {
        if (kind() == SubjectKind.UNBORN) {
            return false;
        }
        Integer age = facts.subject().ageYears();
        return kind() == SubjectKind.ADULT || facts.consent().subjectCompetent() || (age != null && age >= 16);
    }

    boolean identifying() {
        return information.identifiesIndividual();
    }

    boolean confidential() {
        return information.confidential();
    }

    boolean specialCategory() {
        return information.specialCategory();
    }

    boolean criminalOffence() {
        return information.criminalOffence();
    }

    boolean identitiesAtRisk() {
        return information.identitiesAtRisk();
    }
}

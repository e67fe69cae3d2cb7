package org.safeshare.decisions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeshare.decisions.Evaluation;
import org.safeshare.decisions.Recommendation.Escalation;
import org.safeshare.decisions.Recommendation.LawfulBasis;
import org.safeshare.decisions.Recommendation.Outcome;
import org.safeshare.decisions.Recommendation.Precondition;
import org.safeshare.decisions.Recommendation;
import org.safeshare.decisions.SharingFacts.GuidanceVersion;
import org.safeshare.decisions.SharingFacts.RiskLevel;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/** What must hold for every consistent set of facts, whatever the combination. */
class DecisionSupportPropertiesTest {

    @Provide
    Arbitrary<SharingFacts> facts() {
        return ValidFacts.any();
    }

    private static Recommendation recommend(SharingFacts facts) {
        Evaluation evaluation = DecisionSupport.evaluate(facts);
        assertThat(evaluation).as("refused: %s", evaluation).isInstanceOf(Evaluation.Evaluated.class);
        return ((Evaluation.Evaluated) evaluation).recommendation();
    }

    private static boolean significantHarm(SharingFacts facts) {
        return facts.risk().level().compareTo(RiskLevel.SIGNIFICANT_HARM_SUSPECTED) >= 0;
    }

    private static boolean sharing(Recommendation recommendation) {
        return recommendation.outcome() == Outcome.SHARE || recommendation.outcome() == Outcome.SHARE_WITHOUT_CONSENT;
    }

    @Property
    void consistentFactsAreNeverRefused(@ForAll("facts") SharingFacts facts) {
        recommend(facts);
    }

    /** Seed 000: lack of agreement must never be an excuse for not sharing where there is reason to worry. */
    @Property
    void significantHarmForASafeguardingPurposeIsNeverAnsweredDoNotShare(@ForAll("facts") SharingFacts facts) {
        if (significantHarm(facts) && facts.purpose().category() == PurposeCategory.SAFEGUARDING) {
            assertThat(recommend(facts).outcome()).isNotEqualTo(Outcome.DO_NOT_SHARE);
        }
    }

    @Property
    void immediateDangerIsAlwaysUrgentAndCallsThePoliceNow(@ForAll("facts") SharingFacts facts) {
        if (facts.risk().level() == RiskLevel.IMMEDIATE_DANGER) {
            Recommendation recommendation = recommend(facts);
            assertThat(recommendation.urgent()).isTrue();
            assertThat(recommendation.escalations()).contains(Escalation.CALL_POLICE_NOW);
        }
    }

    @Property
    void aChildOrUnbornBabyAtRiskOfSignificantHarmIsAlwaysReferredToChildrensSocialCare(@ForAll("facts") SharingFacts facts) {
        if (significantHarm(facts) && facts.subject().kind() != SubjectKind.ADULT) {
            assertThat(recommend(facts).escalations()).contains(Escalation.REFER_TO_CHILDRENS_SOCIAL_CARE);
        }
    }

    @Property
    void everyRecommendationGivesCitedReasons(@ForAll("facts") SharingFacts facts) {
        Recommendation recommendation = recommend(facts);
        assertThat(recommendation.reasons()).isNotEmpty().allSatisfy(reason -> {
            assertThat(reason.ruleId()).isNotBlank();
            assertThat(reason.source()).isNotBlank();
            assertThat(reason.text()).isNotBlank();
        });
        assertThat(recommendation.howToShare()).isNotEmpty();
    }

    /** Practitioners look sources up: each names a public document or the law, never the notes the service was built from. */
    @Property
    void everyReasonCitesAPublicDocumentNeverAWorkingNote(@ForAll("facts") SharingFacts facts) {
        Recommendation recommendation = recommend(facts);
        var notes = java.util.regex.Pattern.compile("seed|domain brief", java.util.regex.Pattern.CASE_INSENSITIVE);
        assertThat(recommendation.reasons()).allSatisfy(reason -> {
            assertThat(notes.matcher(reason.source()).find()).as(reason.source()).isFalse();
            assertThat(notes.matcher(reason.text()).find()).as(reason.text()).isFalse();
        });
        assertThat(recommendation.howToShare()).noneMatch(step -> notes.matcher(step).find());
    }

    @Property
    void sharingAlwaysUsesASecureChannel(@ForAll("facts") SharingFacts facts) {
        Recommendation recommendation = recommend(facts);
        if (sharing(recommendation)) {
            assertThat(recommendation.preconditions()).contains(Precondition.USE_SECURE_CHANNEL);
        }
    }

    @Property
    void notSharingHasNoLawfulBasisAndNoPreconditions(@ForAll("facts") SharingFacts facts) {
        Recommendation recommendation = recommend(facts);
        if (!sharing(recommendation)) {
            assertThat(recommendation.lawfulBasis()).isEqualTo(LawfulBasis.NONE);
            assertThat(recommendation.preconditions()).isEmpty();
        }
    }

    /** 2024 golden rule 5. */
    @Property
    void identitiesAtRiskAreProtectedWheneverInformationIsShared(@ForAll("facts") SharingFacts facts) {
        Recommendation recommendation = recommend(facts);
        if (sharing(recommendation) && facts.information() != null && facts.information().identitiesAtRisk()) {
            assertThat(recommendation.preconditions()).contains(Precondition.PROTECT_IDENTITIES);
        }
    }

    @Property
    void theSameFactsAlwaysGiveTheSameRecommendation(@ForAll("facts") SharingFacts facts) {
        assertThat(DecisionSupport.evaluate(facts)).isEqualTo(DecisionSupport.evaluate(facts));
    }

    /** Domain brief section 2: a decision is judged by the guidance pinned for it, 2024 unless 2018 is pinned. */
    @Property
    void reasonsCiteTheGoldenRulesOfThePinnedVersionOnly(@ForAll("facts") SharingFacts facts) {
        GuidanceVersion pinned = facts.guidanceVersion() == null ? GuidanceVersion.V2024 : facts.guidanceVersion();
        GuidanceVersion other = pinned == GuidanceVersion.V2024 ? GuidanceVersion.V2018 : GuidanceVersion.V2024;
        Recommendation recommendation = recommend(facts);
        assertThat(recommendation.guidanceVersion()).isEqualTo(pinned);
        assertThat(recommendation.reasons()).anySatisfy(reason -> assertThat(reason.ruleId()).startsWith("golden-rule-" + pinned.label()));
        assertThat(recommendation.reasons()).noneSatisfy(reason -> assertThat(reason.ruleId()).startsWith("golden-rule-" + other.label()));
    }

    @Property
    void aLawEnforcementSharerUsesPartThreeInsteadOfArticlesSixAndNine(@ForAll("facts") SharingFacts facts) {
        Recommendation recommendation = recommend(facts);
        if (recommendation.lawfulBasis().dpaPart3()) {
            assertThat(recommendation.lawfulBasis().article6()).isNull();
            assertThat(recommendation.lawfulBasis().article9()).isNull();
        }
        if (publicAuthority(facts)) {
            assertThat(recommendation.lawfulBasis().article6()).isNotEqualTo(Recommendation.Article6.LEGITIMATE_INTERESTS);
        }
    }

    @Provide
    Arbitrary<org.safeshare.decisions.Commencements> commencements() {
        return ValidFacts.commencements();
    }

    private static Recommendation recommend(SharingFacts facts, org.safeshare.decisions.Commencements commencements) {
        Evaluation evaluation = DecisionSupport.evaluate(facts, commencements);
        assertThat(evaluation).as("refused: %s", evaluation).isInstanceOf(Evaluation.Evaluated.class);
        return ((Evaluation.Evaluated) evaluation).recommendation();
    }

    private static boolean publicAuthority(SharingFacts facts) {
        return facts.sharer() == null || facts.sharer().actsAsPublicAuthority();
    }

    /** UK GDPR Art 6(1), closing words: points (ea) and (f) are not for public authorities performing their tasks. */
    @Property
    void aPublicAuthorityNeverGetsRecognisedLegitimateInterestOrLegitimateInterests(@ForAll("facts") SharingFacts facts,
            @ForAll("commencements") org.safeshare.decisions.Commencements commencements) {
        if (publicAuthority(facts)) {
            assertThat(recommend(facts, commencements).lawfulBasis().article6())
                    .isNotIn(Recommendation.Article6.RECOGNISED_LEGITIMATE_INTEREST, Recommendation.Article6.LEGITIMATE_INTERESTS);
        }
    }

    /** Art 6(1)(ea) came into force on 5 February 2026 (Data (Use and Access) Act 2025 s70, SI 2026/82). */
    @Property
    void noSharingDateBeforeTheFifthOfFebruary2026GetsRecognisedLegitimateInterest(@ForAll("facts") SharingFacts facts,
            @ForAll("commencements") org.safeshare.decisions.Commencements commencements) {
        Recommendation recommendation = recommend(facts, commencements);
        if (facts.sharingDate() != null && facts.sharingDate().isBefore(java.time.LocalDate.of(2026, 2, 5))) {
            assertThat(recommendation.lawfulBasis().article6()).isNotEqualTo(Recommendation.Article6.RECOGNISED_LEGITIMATE_INTEREST);
            assertThat(recommendation.lawfulBasis().annex1Condition()).isNull();
        }
        if (recommendation.lawfulBasis().article6() != Recommendation.Article6.RECOGNISED_LEGITIMATE_INTEREST) {
            assertThat(recommendation.lawfulBasis().annex1Condition()).isNull();
        } else {
            assertThat(recommendation.lawfulBasis().annex1Condition()).isIn(1, 6);
        }
    }

    /** Children Act 2004 s16LA applies only from the commencement date an administrator set, never before or without one. */
    @Property
    void theDutyToShareNeverAppliesBeforeItsCommencement(@ForAll("facts") SharingFacts facts,
            @ForAll("commencements") org.safeshare.decisions.Commencements commencements) {
        Recommendation recommendation = recommend(facts, commencements);
        boolean inForce = commencements.inForce(org.safeshare.decisions.Provision.DUTY_TO_SHARE, facts.sharingDate());
        if (!inForce) {
            assertThat(recommendation.dutyToShare()).isNull();
            assertThat(recommendation.reasons()).noneSatisfy(reason -> assertThat(reason.ruleId()).startsWith("duty-to-share"));
        }
        if (!commencements.inForce(org.safeshare.decisions.Provision.CONSISTENT_IDENTIFIER, facts.sharingDate())) {
            assertThat(recommendation.preconditions()).doesNotContain(Precondition.INCLUDE_CONSISTENT_IDENTIFIER);
        }
    }

    /**
     * HM Government advice: always share with children's social care where there is reasonable cause to suspect
     * significant harm. Whoever shares, on whatever date, with whatever commenced, a legitimate purpose and suspected
     * significant harm is never answered "do not share".
     */
    @Property
    void significantHarmWithALegitimatePurposeIsNeverAnsweredDoNotShareForAnySharerOrDate(@ForAll("facts") SharingFacts facts,
            @ForAll("commencements") org.safeshare.decisions.Commencements commencements) {
        if (significantHarm(facts) && facts.purpose().legitimate() == SharingFacts.Legitimacy.YES) {
            assertThat(recommend(facts, commencements).outcome()).isNotEqualTo(Outcome.DO_NOT_SHARE);
        }
    }
}

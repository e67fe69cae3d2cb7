package org.safeshare.decisions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeshare.decisions.Evaluation;
import org.safeshare.decisions.Recommendation;
import org.safeshare.decisions.Recommendation.Reason;
import org.safeshare.decisions.SharingFacts.GuidanceVersion;

/** Domain brief section 2: the 2024 advice is the default; a partnership may pin 2018, and its rules differ. */
class GuidanceVersionTest {

    private static Recommendation recommend(String notation) {
        return ((Evaluation.Evaluated) DecisionSupport.evaluate(FactsNotation.parse(notation))).recommendation();
    }

    @Test
    void anUnpinnedDecisionIsJudgedByThe2024Advice() {
        assertThat(recommend("child:7 risk:significant").guidanceVersion()).isEqualTo(GuidanceVersion.V2024);
    }

    @Test
    void seekingAdviceIsRule3In2018AndRule4In2024() {
        assertThat(recommend("v2018 child:8 legit:UNSURE").reasons()).extracting(Reason::ruleId).contains("golden-rule-2018-3");
        assertThat(recommend("v2024 child:8 legit:UNSURE").reasons()).extracting(Reason::ruleId).contains("golden-rule-2024-4");
    }

    @Test
    void sharingWithoutConsentCites2018Rule4Or2024Rule3() {
        assertThat(recommend("v2018 child:7 risk:significant").reasons()).extracting(Reason::ruleId).contains("golden-rule-2018-4");
        assertThat(recommend("child:7 risk:significant").reasons()).extracting(Reason::ruleId).contains("golden-rule-2024-3");
    }

    @Test
    void the2024RuleTextSaysConsentIsNotNeededWhereAChildIsAtRisk() {
        assertThat(recommend("child:7 risk:significant").reasons()).filteredOn(r -> r.ruleId().equals("golden-rule-2024-3"))
                .singleElement().satisfies(r -> assertThat(r.text()).contains("do not need consent"));
    }

    @Test
    void protectingIdentitiesCites2024Rule5() {
        assertThat(recommend("child:4 risk:significant identities-at-risk").reasons()).extracting(Reason::ruleId)
                .contains("golden-rule-2024-5", "inform.protect-identities");
    }

    @Test
    void sharingWithoutConsentForSpecialCategoryDataRecordsAllFourParagraph18Conditions() {
        assertThat(recommend("child:7 risk:significant special").reasons()).extracting(Reason::ruleId)
                .contains("dpa.sch1.para18.a", "dpa.sch1.para18.b", "dpa.sch1.para18.c", "dpa.sch1.para18.d",
                        "dpa.sch1.appropriate-policy-document");
    }

    @Test
    void criminalOffenceDataSaysItNeedsAScheduleOneCondition() {
        assertThat(recommend("child:15 risk:significant criminal").reasons()).extracting(Reason::ruleId).contains("ukgdpr.article10");
    }

    @Test
    void sharingWithoutConsentOrTakingAdviceAsksTheProportionalityQuestions() {
        assertThat(recommend("child:7 risk:significant").howToShare()).containsAll(HowToShare.PROPORTIONALITY_QUESTIONS);
        assertThat(recommend("child:8 legit:UNSURE").howToShare()).containsAll(HowToShare.PROPORTIONALITY_QUESTIONS);
        assertThat(recommend("child:2 purpose:EARLY_HELP").howToShare()).doesNotContainAnyElementsOf(HowToShare.PROPORTIONALITY_QUESTIONS);
    }

    @Test
    void policeUnderPartThreeCiteNoUkGdprArticles() {
        assertThat(recommend("child:9 police risk:significant special").reasons()).extracting(Reason::ruleId)
                .contains("dpa.part3").noneMatch(id -> id.startsWith("lawful-basis.") || id.startsWith("dpa.sch1."));
    }
}

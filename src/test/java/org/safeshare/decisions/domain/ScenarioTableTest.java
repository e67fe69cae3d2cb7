package org.safeshare.decisions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.safeshare.decisions.Evaluation;
import org.safeshare.decisions.Recommendation;
import org.safeshare.decisions.Recommendation.Article6;
import org.safeshare.decisions.Recommendation.Article9;
import org.safeshare.decisions.Recommendation.ConfidentialityGround;
import org.safeshare.decisions.Recommendation.Escalation;
import org.safeshare.decisions.Recommendation.InformSubject;
import org.safeshare.decisions.Recommendation.LawfulBasis;
import org.safeshare.decisions.Recommendation.Outcome;
import org.safeshare.decisions.Recommendation.Precondition;

/** Realistic cases from the seeds and the brief, each with the recommendation the guidance gives (scenarios.csv). */
class ScenarioTableTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/decisions/scenarios.csv", delimiter = '|', nullValues = "-", maxCharsPerColumn = 1000)
    void eachScenarioGetsTheRecommendationTheGuidanceGives(String description, String facts, Outcome outcome, String escalations,
            Article6 article6, Article9 article9, Integer paragraph, ConfidentialityGround confidentiality, String partThree,
            InformSubject inform, String preconditions, Integer annex1Condition, Recommendation.DutyToShare dutyToShare) {
        Evaluation evaluation = DecisionSupport.evaluate(FactsNotation.parse(facts), FactsNotation.commencements(facts));

        assertThat(evaluation).isInstanceOf(Evaluation.Evaluated.class);
        Recommendation recommendation = ((Evaluation.Evaluated) evaluation).recommendation();
        assertThat(recommendation.outcome()).as("outcome").isEqualTo(outcome);
        assertThat(recommendation.escalations()).as("escalations").isEqualTo(setOf(escalations, Escalation.class, Escalation::valueOf));
        assertThat(recommendation.lawfulBasis()).as("lawful basis").isEqualTo(new LawfulBasis(article6, article9, paragraph,
                confidentiality, partThree != null, partThree == null || partThree.equals("yes") ? null : Integer.valueOf(partThree),
                annex1Condition));
        assertThat(recommendation.dutyToShare()).as("duty to share").isEqualTo(dutyToShare);
        assertThat(recommendation.informSubject()).as("inform subject").isEqualTo(inform);
        assertThat(recommendation.preconditions()).as("preconditions")
                .isEqualTo(setOf(preconditions, Precondition.class, Precondition::valueOf));
        assertThat(recommendation.urgent()).as("urgent").isEqualTo(recommendation.escalations().contains(Escalation.CALL_POLICE_NOW));
    }

    private static <E extends Enum<E>> Set<E> setOf(String names, Class<E> type, Function<String, E> parse) {
        Set<E> set = EnumSet.noneOf(type);
        if (names != null) {
            Arrays.stream(names.trim().split("\\s+")).map(parse).forEach(set::add);
        }
        return set;
    }
}

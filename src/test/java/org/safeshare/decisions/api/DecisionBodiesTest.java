package org.safeshare.decisions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.Recommendation;
import org.safeshare.decisions.SharingFacts;

/**
 * The decision API's own values and the domain's name the same things (ADR 0022): every value of one has a word in the
 * other, so a value added to the domain without an API word fails here rather than in a partner system's request, and
 * a decision sent comes back as it was sent.
 */
class DecisionBodiesTest {

    @Test
    void everyDomainValueHasTheSameWordInTheApiAndNoOther() {
        List<Class<? extends Enum<?>>[]> pairs = List.of(
                pair(Recommendation.Outcome.class, RecommendationBody.Outcome.class),
                pair(Recommendation.Escalation.class, RecommendationBody.Escalation.class),
                pair(Recommendation.InformSubject.class, RecommendationBody.InformSubject.class),
                pair(Recommendation.Precondition.class, RecommendationBody.Precondition.class),
                pair(Recommendation.DutyToShare.class, RecommendationBody.DutyToShare.class),
                pair(Recommendation.Article6.class, RecommendationBody.Article6.class),
                pair(Recommendation.Article9.class, RecommendationBody.Article9.class),
                pair(Recommendation.ConfidentialityGround.class, RecommendationBody.ConfidentialityGround.class),
                pair(DecisionTaken.Choice.class, DecisionTakenBody.Choice.class),
                pair(DecisionTaken.FactOrOpinion.class, DecisionTakenBody.FactOrOpinion.class),
                pair(DecisionTaken.SharingMethod.class, DecisionTakenBody.SharingMethod.class),
                pair(DecisionTaken.SubjectInformed.class, DecisionTakenBody.SubjectInformed.class),
                pair(DecisionTaken.AdviserRole.class, DecisionTakenBody.AdviserRole.class));
        for (Class<? extends Enum<?>>[] pair : pairs) {
            assertThat(names(pair[1])).as(pair[0].getName()).containsExactlyElementsOf(names(pair[0]));
        }
    }

    @Test
    void aDecisionSentComesBackAsItWasSent() {
        DecisionTakenBody sent = new DecisionTakenBody(DecisionTakenBody.Choice.SHARE, "Bruising seen", "Not a departure", "Referral",
                UUID.randomUUID(), "Duty social worker",
                List.of(new DecisionTakenBody.InformationItem("Injury seen", "Bruises", DecisionTakenBody.FactOrOpinion.OPINION, "In March")),
                DecisionTakenBody.SharingMethod.LETTER, Instant.parse("2026-11-30T10:15:00Z"), DecisionTakenBody.SubjectInformed.WILL_INFORM,
                null, "Risk", true, new DecisionTakenBody.AdviceTaken(DecisionTakenBody.AdviserRole.INFORMATION_GOVERNANCE_LEAD, "Share",
                        UUID.randomUUID()), UUID.randomUUID(),
                new DecisionTakenBody.LegitimateInterestsTests("Protection", "No other way", "Risk outweighs"), "Detrimental");
        assertThat(DecisionTakenBody.of(sent.decision())).isEqualTo(sent);
    }

    @Test
    void aRecommendationsSetsAreListedInTheOrderOfTheApisValues() {
        Recommendation recommendation = new Recommendation(Recommendation.Outcome.SHARE, false,
                Set.of(Recommendation.Escalation.REFER_TO_ADULT_SOCIAL_CARE, Recommendation.Escalation.CALL_POLICE_NOW),
                Recommendation.LawfulBasis.NONE, Recommendation.InformSubject.INFORM,
                Set.of(Recommendation.Precondition.INCLUDE_CONSISTENT_IDENTIFIER, Recommendation.Precondition.VERIFY_RECIPIENT_IDENTITY),
                List.of(), List.of(), SharingFacts.GuidanceVersion.V2018, LocalDate.of(2026, 11, 30), "dpa2018", null);
        RecommendationBody body = RecommendationBody.of(recommendation);
        assertThat(body.escalations()).containsExactly(RecommendationBody.Escalation.CALL_POLICE_NOW,
                RecommendationBody.Escalation.REFER_TO_ADULT_SOCIAL_CARE);
        assertThat(body.preconditions()).containsExactly(RecommendationBody.Precondition.VERIFY_RECIPIENT_IDENTITY,
                RecommendationBody.Precondition.INCLUDE_CONSISTENT_IDENTIFIER);
        assertThat(body.guidanceVersion()).isEqualTo(SharingFactsBody.GuidanceVersion.V2018);
    }

    @SafeVarargs
    private static Class<? extends Enum<?>>[] pair(Class<? extends Enum<?>>... types) {
        return types;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}

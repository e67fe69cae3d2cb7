package org.safeshare.decisions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.Evaluation;
import org.safeshare.decisions.Recommendation;

/** Children Act 2004 s16LA: "do not share" needs the "more detrimental" answer, and then its reasons. */
class DutyToShareRecordTest {

    private static Recommendation recommend(String notation) {
        return ((Evaluation.Evaluated) DecisionSupport.evaluate(FactsNotation.parse(notation), FactsNotation.commencements(notation)))
                .recommendation();
    }

    private static DecisionTaken notSharing(String moreDetrimentalReason) {
        return new DecisionTaken(DecisionTaken.Choice.DO_NOT_SHARE, "Not now", "Professional judgement", null, null, null, null, null,
                null, null, null, null, true, null, null, null, moreDetrimentalReason);
    }

    @Test
    void notSharingWhileTheDutyAppliesIsRefusedUntilSharingIsSaidToBeMoreDetrimental() {
        String facts = "child:6 risk:cin covered recipient-covered s16LA:2026-09-01 on:2026-09-10";
        assertThat(DecisionRecordRules.problemsWith(notSharing(null), recommend(facts), FactsNotation.parse(facts)))
                .containsKey("choice");
    }

    @Test
    void notSharingUnderTheExceptionNeedsItsReasons() {
        String facts = "child:6 risk:cin more-detrimental covered recipient-covered s16LA:2026-09-01 on:2026-09-10";
        assertThat(DecisionRecordRules.problemsWith(notSharing(null), recommend(facts), FactsNotation.parse(facts)))
                .containsKey("moreDetrimentalReason").doesNotContainKey("choice");
        assertThat(DecisionRecordRules.problemsWith(notSharing("Sharing now would alert the abuser before the child is safe"),
                recommend(facts), FactsNotation.parse(facts))).doesNotContainKeys("moreDetrimentalReason", "choice");
    }
}

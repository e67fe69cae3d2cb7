package org.safeshare.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An NHS number that fails its check as evidence in the model (ADR 0015 addendum 5), never as a deterministic link. */
class IdentifierEvidenceTest {

    @Test
    void aTransposedNhsNumberFailingItsCheckScoresAtItsOwnLevelAndNeverLinksDeterministically() {
        RecordStore store = new RecordStore();
        ChildRecords.withUncheckedIdentifiers(ChildRecords.population(300, 23), 7).forEach(r -> store.add(r, true));
        int valid = store.add(child("gp", "9434765919", "Ruby", "Ashworth", LocalDate.of(2014, 5, 6), "LS1 1AA"), true);
        int transposed = store.add(child("school", "9434765991", "Ruby", "Ashworth", LocalDate.of(2014, 5, 6), "LS1 1AA"), true);
        int stranger = store.add(child("police", "9434765991", "Zainab", "Okafor", LocalDate.of(2011, 9, 9), "B1 1AA"), true);
        BlockingIndex index = BlockingIndex.build(store, store.size());
        Scorer scorer = new Scorer(store, ModelTraining.train(store, index, 1), Thresholds.DEFAULT);

        MatchExplanation why = scorer.explain(valid, transposed);
        assertThat(why.rule()).isEmpty();
        MatchExplanation.FieldEvidence nhs = why.fields().get(Field.NHS_NUMBER.ordinal());
        assertThat(nhs.level()).isEqualTo(1);
        assertThat(nhs.weight()).isPositive();
        assertThat(nhs.describe()).startsWith("NHS number one digit wrong or two neighbouring digits swapped (+");
        assertThat(scorer.matchWeight(valid, transposed)).isFinite();
        assertThat(scorer.matchWeight(valid, stranger)).isFinite();
        assertThat(scorer.probability(valid, stranger)).isLessThan(Thresholds.DEFAULT.review()); // everything else differs
    }

    private static AgencyRecord child(String agency, String nhs, String first, String surname, LocalDate dob, String postcode) {
        return new AgencyRecord(agency + "-" + first, agency, nhs, "", first, "", surname, dob, "M", postcode, "");
    }
}

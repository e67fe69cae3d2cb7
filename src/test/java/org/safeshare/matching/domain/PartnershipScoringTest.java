package org.safeshare.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The partnership's fixed model on the demo's Kayden Marsh: three spellings link, a borderline record waits for a person. */
class PartnershipScoringTest {

    static final AgencyRecord KAYDEN = record("mash", "9990000034", "Kayden", "Marsh", "2017-04-11", "8 Heron Way", "RV4 1QT");

    static AgencyRecord record(String id, String nhs, String first, String surname, String dob, String address, String postcode) {
        return new AgencyRecord(id, "x", nhs, "", first, "", surname, LocalDate.parse(dob), "male", postcode, address);
    }

    static List<AgencyRecord> partnership(AgencyRecord... records) {
        List<AgencyRecord> all = new ArrayList<>(List.of(records));
        String[] names = {"Ava", "Leo", "Zara", "Adam", "Ella", "Noah", "Oliver", "Mia", "Jack", "Ruby", "Harry", "Isla", "Alfie", "Amelia"};
        for (int i = 0; i < 40; i++) {
            all.add(record("filler" + i, "", names[i % names.length], "Family" + (i % 9), "201" + (i % 10) + "-0" + (1 + i % 9) + "-1" + (i % 9),
                    i + " Some Road", "RV" + (i % 5) + " 2AB"));
        }
        return all;
    }

    @Test
    void threeSpellingsLinkAndTheBorderlineRecordWaitsForReview() {
        List<PartnershipScoring.Scored> scored = PartnershipScoring.candidates(KAYDEN, partnership(
                record("school", "", "Kaiden", "Marsh", "2017-04-11", "8 Heron Way", "RV4 1QT"),
                record("surgery", "9990000034", "Kayden", "Marshe", "2017-04-11", "8 Heron Way", "RV4 1QT"),
                new AgencyRecord("academy", "x", "", "", "Caden", "", "Marsh", LocalDate.parse("2017-04-17"), "", "RV7 2AA", "14 Kingfisher Court")), Thresholds.DEFAULT, Set.of());
        assertThat(probability(scored, "school")).isGreaterThanOrEqualTo(0.95);
        assertThat(probability(scored, "surgery")).isEqualTo(1.0);
        assertThat(probability(scored, "academy")).isBetween(0.85, 0.95);
        assertThat(scored).extracting(PartnershipScoring.Scored::recId).doesNotContain("filler0", "filler1");
    }

    private static double probability(List<PartnershipScoring.Scored> scored, String id) {
        return scored.stream().filter(s -> s.recId().equals(id)).findFirst().orElseThrow().explanation().probability();
    }
}

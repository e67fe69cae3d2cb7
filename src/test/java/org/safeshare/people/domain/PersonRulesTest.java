package org.safeshare.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    private static PersonDraft child(String nhs, String postcode) {
        return new PersonDraft(PersonKind.CHILD, "Ava", "Thompson", LocalDate.of(2015, 3, 27), null, Sex.FEMALE, nhs, null, List.of(),
                postcode == null ? null : "12 Willow Road", null, postcode == null ? null : "Riverside", postcode);
    }

    @Test
    void aCompleteChildIsAcceptedAndStoredInStandardForm() {
        PersonDraft draft = child("943 476 5919", "rv1 2ab");
        assertThat(PersonRules.problemsWith(draft, TODAY)).isEmpty();
        assertThat(PersonRules.person(draft).nhsNumber()).contains(new NhsNumber("9434765919"));
        assertThat(PersonRules.address(draft)).hasValueSatisfying(a -> assertThat(a.postcode().value()).isEqualTo("RV1 2AB"));
    }

    @Test
    void everyMissingAnswerIsNamedOnItsOwnField() {
        PersonDraft empty = new PersonDraft(null, "", " ", null, null, null, "", "", List.of(), "", "", "", "");
        assertThat(PersonRules.problemsWith(empty, TODAY)).containsOnlyKeys("kind", "givenName", "familyName", "sex");
    }

    @Test
    void anUnbornBabyNeedsNoNameButNoNhsNumberEither() {
        PersonDraft unborn = new PersonDraft(PersonKind.UNBORN, null, null, null, TODAY.plusMonths(3), Sex.UNKNOWN, "9434765919", null,
                List.of(), null, null, null, null);
        assertThat(PersonRules.problemsWith(unborn, TODAY)).containsOnlyKeys("nhsNumber");
    }

    @Test
    void aPartAddressNeedsItsFirstLineTownAndARealPostcode() {
        PersonDraft draft = new PersonDraft(PersonKind.CHILD, "Ava", "Thompson", LocalDate.of(2015, 3, 27), null, Sex.FEMALE, null, null,
                List.of(), null, null, null, "nonsense");
        assertThat(PersonRules.problemsWith(draft, TODAY)).containsEntry("postcode", "Enter a real postcode")
                .containsKeys("addressLine1", "town");
    }

    @Test
    void onlyAChildHasAUniquePupilNumber() {
        PersonDraft adult = new PersonDraft(PersonKind.ADULT, "Jane", "Thompson", LocalDate.of(1988, 7, 12), null, Sex.FEMALE, null,
                "L999200115001", List.of(), null, null, null, null);
        assertThat(PersonRules.problemsWith(adult, TODAY)).containsOnlyKeys("uniquePupilNumber");
    }

    @Test
    void overLongAddressLinesAreRefusedRatherThanCutOrFailedInTheDatabase() {
        PersonDraft draft = new PersonDraft(PersonKind.CHILD, "Ava", "Thompson", LocalDate.of(2015, 3, 27), null, Sex.FEMALE, null, null,
                List.of(), "x".repeat(201), "y".repeat(201), "z".repeat(101), "RV1 2AB");
        assertThat(PersonRules.problemsWith(draft, TODAY))
                .containsEntry("addressLine1", "Address line 1 must be 200 characters or fewer")
                .containsEntry("addressLine2", "Address line 2 must be 200 characters or fewer")
                .containsEntry("town", "Town or city must be 100 characters or fewer");
    }
}

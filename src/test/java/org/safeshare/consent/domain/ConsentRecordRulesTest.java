package org.safeshare.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeshare.consent.domain.Fixtures.TODAY;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

class ConsentRecordRulesTest {

    @Test
    void aCompleteConsentFromAParentWithResponsibilityHasNoProblems() {
        assertThat(ConsentRecordRules.problemsWith(Fixtures.terms(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY), Fixtures.child(1),
                List.of(), TODAY)).isEmpty();
    }

    @Test
    void consentFromSomeoneWithoutParentalResponsibilityForAChildWhoIsNotCompetentIsRefused() {
        assertThat(ConsentRecordRules.problemsWith(Fixtures.terms(ConsentAnswer.GIVEN, Fixtures.partner(), TODAY), Fixtures.child(12),
                List.of(), TODAY)).containsEntry("giver", "Ryan Cole does not hold parental responsibility for Isla Brown."
                + " Consent must come from a parent or other person with parental responsibility");
    }

    @Test
    void aChildUnderSixteenNotAssessedCompetentCannotConsentThemself() {
        assertThat(ConsentRecordRules.problemsWith(Fixtures.terms(ConsentAnswer.GIVEN, Fixtures.themself(), TODAY), Fixtures.child(15),
                List.of(), TODAY).get("giver")).contains("has not been assessed as Gillick competent").contains("record a Gillick competence assessment first");
    }

    @Test
    void anAttorneyCannotConsentForAnAdultPresumedToHaveCapacity() {
        assertThat(ConsentRecordRules.problemsWith(Fixtures.terms(ConsentAnswer.GIVEN, Fixtures.attorney(), TODAY), Fixtures.child(30),
                List.of(), TODAY).get("giver")).contains("has not been assessed as lacking capacity");
    }

    @Test
    void anExpiryBeforeTheDateGivenIsRefused() {
        ConsentTerms t = Fixtures.terms(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY);
        ConsentTerms backwards = new ConsentTerms(t.answer(), t.giver(), t.told(), t.scope(), t.method(), t.evidence(), t.givenOn(),
                TODAY.minusDays(1), null);
        assertThat(ConsentRecordRules.problemsWith(backwards, Fixtures.child(1), List.of(), TODAY))
                .containsEntry("expiresOn", "The expiry date must be after the date consent was given");
    }

    private static ConsentTerms expiring(java.time.LocalDate expiresOn) {
        ConsentTerms t = Fixtures.terms(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY);
        return new ConsentTerms(t.answer(), t.giver(), t.told(), t.scope(), t.method(), t.evidence(), t.givenOn(), expiresOn, null);
    }

    /** The partnership default is 12 months; a typing slip of 14 years (or anything past 3) is not saved. */
    @Test
    void consentLastsAtMostThreeYearsFromTheDayItWasGiven() {
        assertThat(ConsentRecordRules.problemsWith(expiring(TODAY.plusYears(3)), Fixtures.child(1), List.of(), TODAY)).isEmpty();
        assertThat(ConsentRecordRules.problemsWith(expiring(TODAY.plusYears(14)), Fixtures.child(1), List.of(), TODAY))
                .containsEntry("expiresOn", "Expiry date must be on or before 1 March 2029: consent lasts at most 3 years from the day"
                        + " it was given, then ask again");
    }

    @Test
    void aParentsConsentEndsByTheChildsEighteenthBirthday() {
        Subject seventeen = new Subject("Isla Brown", org.safeshare.people.domain.PersonKind.CHILD, 17, Fixtures.child(1).holders(),
                TODAY.minusYears(17).minusMonths(6));
        assertThat(ConsentRecordRules.problemsWith(expiring(TODAY.plusMonths(12)), seventeen, List.of(), TODAY))
                .containsEntry("expiresOn", "Expiry date must be on or before 1 September 2026, Isla Brown's 18th birthday: parental"
                        + " responsibility ends then, and they decide for themselves");
        assertThat(ConsentRecordRules.latestExpiry(TODAY, Fixtures.mother(), seventeen)).isEqualTo(TODAY.plusMonths(6));
    }

    @Test
    void aTooLongAnswerIsRefusedNamingItsField() {
        ConsentTerms t = Fixtures.terms(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY);
        ConsentTerms wordy = new ConsentTerms(t.answer(), t.giver(), new InformedElements("x".repeat(4001), "a", "b", "c"), t.scope(),
                t.method(), t.evidence(), t.givenOn(), t.expiresOn(), null);
        assertThat(ConsentRecordRules.problemsWith(wordy, Fixtures.child(1), List.of(), TODAY))
                .containsEntry("whatWillHappen", "What will happen to the information must be 4,000 characters or fewer");
    }

    @Test
    void uninformedConsentWithoutScopeIsRefusedFieldByField() {
        ConsentTerms empty = new ConsentTerms(ConsentAnswer.GIVEN, Fixtures.mother(), null, new ConsentScope(Set.of(), Set.of(), Set.of(), Set.of()),
                ConsentMethod.VERBAL, " ", TODAY.plusDays(1), null, null);
        assertThat(ConsentRecordRules.problemsWith(empty, Fixtures.child(1), List.of(), TODAY)).containsOnlyKeys("whatWillHappen",
                "whoWillBeTold", "whoTheyMayTell", "why", "purposes", "recipientOrganisations", "informationCategories", "evidence", "givenOn");
    }

    @Test
    void aCapacityAssessmentOnTheWrongAgeRouteIsRefused() {
        CapacityAssessment gillickAt16 = Fixtures.assessment(CapacityRoute.GILLICK, true, TODAY);
        assertThat(CapacityRules.problemsWith(gillickAt16, Fixtures.child(16), 16, TODAY)).containsEntry("route",
                "Isla Brown was 16 or over on the assessment date: use the Mental Capacity Act functional test, not Gillick");
        CapacityAssessment mcaAt15 = Fixtures.assessment(CapacityRoute.MENTAL_CAPACITY_ACT, true, TODAY);
        assertThat(CapacityRules.problemsWith(mcaAt15, Fixtures.child(15), 15, TODAY).get("route")).contains("assess Gillick competence");
    }

    @Test
    void lackingCapacityNeedsABestInterestsDecision() {
        CapacityAssessment lacking = new CapacityAssessment(null, CapacityRoute.MENTAL_CAPACITY_ACT, PurposeCategory.EARLY_HELP, "Sharing",
                TODAY, Set.of(), null, "Nadia");
        assertThat(lacking.capable()).isFalse();
        assertThat(CapacityRules.problemsWith(lacking, Fixtures.child(40), 40, TODAY)).containsOnlyKeys("bestInterests");
    }

    @Test
    void significantHarmNeedsItsForm() {
        GroundToProceed g = new GroundToProceed(null, Ground.SIGNIFICANT_HARM, null, PurposeCategory.SAFEGUARDING, null, "Risk", "Nadia",
                TODAY, null, null, null);
        assertThat(GroundRules.problemsWith(g, TODAY)).containsOnlyKeys("harmForm");
    }
}

package org.safeshare.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeshare.consent.domain.Fixtures.TODAY;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.SharingFacts.PurposeCategory;

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

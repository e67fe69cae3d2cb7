package org.safeshare.decisions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.Evaluation;
import org.safeshare.decisions.SharingFacts.Consent;
import org.safeshare.decisions.SharingFacts.Purpose;
import org.safeshare.decisions.SharingFacts.Risk;
import org.safeshare.decisions.SharingFacts.Subject;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;

class DecisionSupportValidationTest {

    private static Map<String, String> problems(String notation) {
        return problems(FactsNotation.parse(notation));
    }

    private static Map<String, String> problems(SharingFacts facts) {
        Evaluation evaluation = DecisionSupport.evaluate(facts);
        assertThat(evaluation).isInstanceOf(Evaluation.Refused.class);
        return ((Evaluation.Refused) evaluation).problems();
    }

    @Test
    void everyMissingRequiredPartIsNamedByItsApiPath() {
        assertThat(problems(new SharingFacts(null, null, null, null, null, null, null, null, null)))
                .containsOnlyKeys("subject", "purpose", "information", "consent", "risk")
                .containsEntry("subject", "Say whom the information is about");
    }

    @Test
    void everyMissingRequiredAnswerInsideAPartIsNamedByItsApiPath() {
        SharingFacts facts = new SharingFacts(null, new Subject(null, null, false), new Purpose(null, null),
                new SharingFacts.Information(true, false, false, false, false),
                new Consent(null, null, false, false, false, false), new Risk(null, false, false), null, null, null);
        assertThat(problems(facts)).containsOnlyKeys("subject.kind", "purpose.category", "purpose.legitimate", "consent.status", "risk.level");
    }

    @Test
    void missingInformationIsRefusedRatherThanReadAsNotIdentifying() {
        SharingFacts facts = FactsNotation.parse("child:5 no-information");
        assertThat(problems(facts)).containsOnlyKeys("information");
    }

    @Test
    void noFactsAtAllAreRefusedRatherThanFailing() {
        assertThat(DecisionSupport.evaluate(null)).isInstanceOf(Evaluation.Refused.class);
    }

    @Test
    void anUnbornBabyWithAnAgeIsRefused() {
        SharingFacts unborn = FactsNotation.parse("unborn");
        SharingFacts withAge = new SharingFacts(null, new Subject(SharingFacts.SubjectKind.UNBORN, 0, false), unborn.purpose(),
                unborn.information(), unborn.consent(), unborn.risk(), null, null, null);
        assertThat(problems(withAge))
                .containsExactly(Map.entry("subject.ageYears", "An unborn baby has no age in years: leave the age empty"));
    }

    @Test
    void aChildOf18OrOverIsRefused() {
        assertThat(problems("child:18")).containsExactly(
                Map.entry("subject.ageYears", "A child is under 18: record someone aged 18 or over as an adult"));
    }

    @Test
    void aNegativeAgeIsRefused() {
        assertThat(problems("child:-1")).containsExactly(Map.entry("subject.ageYears", "Age cannot be less than 0"));
    }

    @Test
    void anAdultUnder18IsRefused() {
        assertThat(problems("adult:17")).containsExactly(
                Map.entry("subject.ageYears", "An adult is 18 or over: record someone under 18 as a child"));
    }

    @Test
    void anAgeOver130IsRefused() {
        assertThat(problems("adult:131")).containsExactly(Map.entry("subject.ageYears", "Enter an age of 130 or under"));
    }

    @Test
    void aChildCannotBeAnAdultAtRisk() {
        assertThat(problems("child:12 at-risk")).containsExactly(Map.entry("subject.adultAtRisk",
                "Only someone aged 18 or over can be an adult at risk: a child is safeguarded as a child"));
    }

    @Test
    void aParentCannotConsentForAnAdult() {
        assertThat(problems("adult:30 consent:GIVEN by:PARENT_WITH_PR")).containsExactly(Map.entry("consent.givenBy",
                "A parent cannot consent for an adult: the adult decides, or an attorney or deputy if they lack capacity"));
    }

    @Test
    void noOneCanHaveGivenConsentThatWasNotSought() {
        assertThat(problems("child:8 consent:NOT_SOUGHT by:PARENT_WITH_PR")).containsExactly(Map.entry("consent.givenBy",
                "Consent has not been sought, so no one has given it: leave who gave consent empty"));
    }

    @Test
    void noOneCanHaveGivenConsentThatCannotBeGiven() {
        assertThat(problems("adult:80 consent:CANNOT_BE_GIVEN by:SUBJECT")).containsExactly(Map.entry("consent.givenBy",
                "Consent cannot be given, so no one has given it: leave who gave consent empty"));
    }

    @Test
    void consentGivenMustSayWhoGaveIt() {
        assertThat(problems("child:8 consent:GIVEN")).containsExactly(Map.entry("consent.givenBy", "Say who gave consent"));
    }

    @Test
    void anUnbornBabyCannotConsent() {
        assertThat(problems("unborn consent:GIVEN by:SUBJECT")).containsExactly(Map.entry("consent.givenBy",
                "An unborn baby cannot consent: consent comes from the mother or another parent with parental responsibility"));
    }

    @Test
    void anUnbornBabyCannotBeCompetent() {
        assertThat(problems("unborn competent")).containsExactly(
                Map.entry("consent.subjectCompetent", "An unborn baby cannot be competent to consent"));
    }

    @Test
    void specialCategoryOrCriminalOffenceDataAlwaysIdentifiesSomeone() {
        assertThat(problems("child:8 anonymous special criminal"))
                .containsOnlyKeys("information.specialCategory", "information.criminalOffence");
    }

    @Test
    void severalContradictionsAreAllReportedAtOnce() {
        assertThat(problems("child:19 at-risk consent:GIVEN")).containsOnlyKeys("subject.ageYears", "subject.adultAtRisk", "consent.givenBy");
    }

    @Test
    void refusedAndWithdrawnConsentMayNameWhoRefused() {
        assertThat(DecisionSupport.evaluate(FactsNotation.parse("child:8 consent:" + ConsentStatus.REFUSED + " by:PARENT_WITH_PR")))
                .isInstanceOf(Evaluation.Evaluated.class);
    }
}

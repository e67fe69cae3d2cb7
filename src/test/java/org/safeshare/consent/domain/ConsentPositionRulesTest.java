package org.safeshare.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeshare.consent.domain.Fixtures.TODAY;
import static org.safeshare.consent.domain.Fixtures.TO_EARLY_HELP;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeshare.consent.domain.WhoMayConsent.Who;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationType;

class ConsentPositionRulesTest {

    private static ConsentPosition position(Subject subject, List<ConsentHistory> consents, List<CapacityAssessment> assessments,
            List<GroundToProceed> grounds) {
        return ConsentPositionRules.positionFor(subject, consents, assessments, grounds, TO_EARLY_HELP, TODAY);
    }

    /** The age, parental responsibility and competence grid: who gave consent, and whether it counts. */
    @ParameterizedTest(name = "age {0}, assessed {1}, given by {2}: {3}, {4}")
    @CsvSource({
            "12, NONE,        MOTHER,   PERSON_WITH_PARENTAL_RESPONSIBILITY, GIVEN",
            "12, NONE,        PARTNER,  PERSON_WITH_PARENTAL_RESPONSIBILITY, NOT_SOUGHT",
            "12, NONE,        THEMSELF, PERSON_WITH_PARENTAL_RESPONSIBILITY, NOT_SOUGHT",
            "12, COMPETENT,   THEMSELF, THE_PERSON,                          GIVEN",
            "12, COMPETENT,   MOTHER,   THE_PERSON,                          NOT_SOUGHT",
            "15, INCOMPETENT, MOTHER,   PERSON_WITH_PARENTAL_RESPONSIBILITY, GIVEN",
            "15, INCOMPETENT, THEMSELF, PERSON_WITH_PARENTAL_RESPONSIBILITY, NOT_SOUGHT",
            "15, COMPETENT,   THEMSELF, THE_PERSON,                          GIVEN",
            "16, NONE,        THEMSELF, THE_PERSON,                          GIVEN",
            "16, NONE,        MOTHER,   THE_PERSON,                          NOT_SOUGHT",
            "16, INCOMPETENT, MOTHER,   PERSON_WITH_PARENTAL_RESPONSIBILITY, GIVEN",
            "17, NONE,        THEMSELF, THE_PERSON,                          GIVEN",
            "17, COMPETENT,   THEMSELF, THE_PERSON,                          GIVEN",
            "17, INCOMPETENT, THEMSELF, PERSON_WITH_PARENTAL_RESPONSIBILITY, NOT_SOUGHT",
            "18, NONE,        THEMSELF, THE_PERSON,                          GIVEN",
            "18, NONE,        MOTHER,   THE_PERSON,                          NOT_SOUGHT",
            "18, INCOMPETENT, ATTORNEY, ATTORNEY_OR_DEPUTY,                  GIVEN",
            "18, INCOMPETENT, THEMSELF, ATTORNEY_OR_DEPUTY,                  CANNOT_BE_GIVEN",
    })
    void whoMayConsentFollowsAgeParentalResponsibilityAndCompetence(int age, String assessed, String giver, Who who, ConsentStatus status) {
        List<CapacityAssessment> assessments = assessed.equals("NONE") ? List.of()
                : List.of(Fixtures.assessment(CapacityRoute.forAge(age), assessed.equals("COMPETENT"), TODAY.minusDays(3)));
        Giver by = switch (giver) {
            case "MOTHER" -> Fixtures.mother();
            case "PARTNER" -> Fixtures.partner();
            case "ATTORNEY" -> Fixtures.attorney();
            default -> Fixtures.themself();
        };
        ConsentPosition position = position(Fixtures.child(age), List.of(Fixtures.record(ConsentAnswer.GIVEN, by, TODAY.minusDays(2))),
                assessments, List.of());
        assertThat(position.whoMayConsent().who()).isEqualTo(who);
        assertThat(position.status()).as(position.explanation()).isEqualTo(status);
    }

    @Test
    void consentPastItsExpiryDateHasExpired() {
        ConsentHistory old = Fixtures.record(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY.minusMonths(13));
        ConsentPosition position = position(Fixtures.child(1), List.of(old), List.of(), List.of());
        assertThat(position.status()).isEqualTo(ConsentStatus.EXPIRED);
        assertThat(position.explanation()).contains("expired on " + Dates.words(TODAY.minusMonths(1)));
    }

    @Test
    void consentOnItsLastValidDayIsStillGiven() {
        ConsentHistory c = Fixtures.record(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY.minusMonths(12).plusDays(1));
        assertThat(position(Fixtures.child(1), List.of(c), List.of(), List.of()).status()).isEqualTo(ConsentStatus.GIVEN);
    }

    @Test
    void consentWithdrawnBlocksFurtherConsentBasedSharing() {
        ConsentHistory c = Fixtures.withdrawn(Fixtures.record(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY.minusDays(10)), TODAY);
        ConsentPosition position = position(Fixtures.child(1), List.of(c), List.of(), List.of());
        assertThat(position.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(position.consent()).contains(c);
    }

    @Test
    void aRefusalStandsUntilSetAsideByAGroundInForce() {
        ConsentHistory refused = Fixtures.record(ConsentAnswer.REFUSED, Fixtures.mother(), TODAY.minusDays(5));
        assertThat(position(Fixtures.child(4), List.of(refused), List.of(), List.of()).status()).isEqualTo(ConsentStatus.REFUSED);
        assertThat(position(Fixtures.child(4), List.of(refused), List.of(), List.of(Fixtures.ground(false))).status())
                .as("awaiting DSL approval").isEqualTo(ConsentStatus.REFUSED);
        ConsentPosition setAside = position(Fixtures.child(4), List.of(refused), List.of(), List.of(Fixtures.ground(true)));
        assertThat(setAside.status()).isEqualTo(ConsentStatus.REFUSAL_SET_ASIDE);
        assertThat(setAside.ground()).isPresent();
    }

    @Test
    void aCompetentChildsRefusalPrevailsOverAParentsConsent() {
        ConsentHistory parent = Fixtures.record(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY.minusDays(1));
        ConsentHistory child = Fixtures.record(ConsentAnswer.REFUSED, Fixtures.themself(), TODAY.minusDays(5));
        List<CapacityAssessment> competent = List.of(Fixtures.assessment(CapacityRoute.GILLICK, true, TODAY.minusDays(6)));
        assertThat(position(Fixtures.child(14), List.of(parent, child), competent, List.of()).status()).isEqualTo(ConsentStatus.REFUSED);
        assertThat(position(Fixtures.child(14), List.of(parent, child), competent, List.of(Fixtures.ground(true))).status())
                .isEqualTo(ConsentStatus.REFUSAL_SET_ASIDE);
    }

    @Test
    void theLatestAnswerFromSomeoneWhoMayConsentDecides() {
        ConsentHistory refusedFirst = Fixtures.record(ConsentAnswer.REFUSED, Fixtures.mother(), TODAY.minusDays(20));
        ConsentHistory givenLater = Fixtures.record(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY.minusDays(2));
        assertThat(position(Fixtures.child(3), List.of(refusedFirst, givenLater), List.of(), List.of()).status()).isEqualTo(ConsentStatus.GIVEN);
    }

    @Test
    void consentCoversOnlyThePurposesAndRecipientsItNames() {
        ConsentHistory c = Fixtures.record(ConsentAnswer.GIVEN, Fixtures.mother(), TODAY.minusDays(2));
        SharingRequest toPolice = SharingRequest.to(PurposeCategory.EARLY_HELP, java.util.UUID.randomUUID(), OrganisationType.POLICE);
        SharingRequest forSafeguarding = SharingRequest.forPurpose(PurposeCategory.SAFEGUARDING);
        for (SharingRequest other : List.of(toPolice, forSafeguarding)) {
            assertThat(ConsentPositionRules.positionFor(Fixtures.child(2), List.of(c), List.of(), List.of(), other, TODAY).status())
                    .isEqualTo(ConsentStatus.NOT_SOUGHT);
        }
    }

    @Test
    void anAssessmentIsForItsOwnDecisionOnly() {
        CapacityAssessment otherPurpose = new CapacityAssessment(null, CapacityRoute.GILLICK, PurposeCategory.INDIVIDUAL_CARE, "Care",
                TODAY, java.util.Set.copyOf(CapacityRoute.GILLICK.criteria()), null, "Nadia");
        assertThat(ConsentPositionRules.whoMayConsent(Fixtures.child(13), List.of(otherPurpose), PurposeCategory.EARLY_HELP).who())
                .isEqualTo(Who.PERSON_WITH_PARENTAL_RESPONSIBILITY);
    }

    @Test
    void neverSoughtSaysWhoMayGiveIt() {
        ConsentPosition position = position(Fixtures.child(1), List.of(), List.of(), List.of());
        assertThat(position.status()).isEqualTo(ConsentStatus.NOT_SOUGHT);
        assertThat(position.explanation()).contains("A person with parental responsibility may give it");
    }

}

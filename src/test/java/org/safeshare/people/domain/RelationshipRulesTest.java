package org.safeshare.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeshare.people.domain.ParentalResponsibilityBasis.BIRTH_MOTHER;
import static org.safeshare.people.domain.ParentalResponsibilityBasis.CHILD_ARRANGEMENTS_ORDER_LIVES_WITH;
import static org.safeshare.people.domain.ParentalResponsibilityBasis.NAMED_ON_BIRTH_REGISTER;
import static org.safeshare.people.domain.ParentalResponsibilityBasis.STEP_PARENT_AGREEMENT_OR_ORDER;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RelationshipRulesTest {

    private static final Optional<LocalDate> BORN_2015 = Optional.of(LocalDate.of(2015, 3, 27));

    private static RelationshipRules.Proposal proposal(PersonKind subject, Optional<LocalDate> born, RelationshipType type,
            boolean responsibility, ParentalResponsibilityBasis basis) {
        return new RelationshipRules.Proposal(false, subject, born, type, responsibility, Optional.ofNullable(basis));
    }

    @Test
    void aBirthMotherHasParentalResponsibilityForHerChild() {
        assertThat(RelationshipRules.problemsWith(proposal(PersonKind.CHILD, BORN_2015, RelationshipType.PARENT, true, BIRTH_MOTHER)))
                .isEmpty();
    }

    @Test
    void aGrandparentWithAChildArrangementsOrderHasParentalResponsibility() {
        assertThat(RelationshipRules.problemsWith(proposal(PersonKind.CHILD, BORN_2015, RelationshipType.GRANDPARENT, true,
                CHILD_ARRANGEMENTS_ORDER_LIVES_WITH))).isEmpty();
    }

    @Test
    void aPersonCannotBeRelatedToThemself() {
        var same = new RelationshipRules.Proposal(true, PersonKind.CHILD, BORN_2015, RelationshipType.SIBLING, false, Optional.empty());
        assertThat(RelationshipRules.problemsWith(same)).containsKey("relatedPersonId");
    }

    @ParameterizedTest
    @EnumSource(value = RelationshipType.class, names = {"SIBLING", "HOUSEHOLD_MEMBER", "PROFESSIONAL"})
    void siblingsHouseholdMembersAndProfessionalsNeverHoldParentalResponsibility(RelationshipType type) {
        assertThat(RelationshipRules.problemsWith(proposal(PersonKind.CHILD, BORN_2015, type, true, CHILD_ARRANGEMENTS_ORDER_LIVES_WITH)))
                .containsKey("parentalResponsibility");
    }

    @Test
    void parentalResponsibilityIsOnlyForAChildOrAnUnbornBaby() {
        assertThat(RelationshipRules.problemsWith(proposal(PersonKind.ADULT, Optional.of(LocalDate.of(1990, 1, 1)),
                RelationshipType.PARENT, true, BIRTH_MOTHER))).containsEntry("parentalResponsibility",
                "Parental responsibility can only be recorded for a child or an unborn baby");
        assertThat(RelationshipRules.problemsWith(proposal(PersonKind.UNBORN, Optional.empty(), RelationshipType.PARENT, true,
                BIRTH_MOTHER))).isEmpty();
    }

    @Test
    void parentalResponsibilityNeedsABasis() {
        assertThat(RelationshipRules.problemsWith(proposal(PersonKind.CHILD, BORN_2015, RelationshipType.PARENT, true, null)))
                .containsEntry("basis", "Select how they got parental responsibility");
    }

    @Test
    void aBasisWithoutParentalResponsibilityIsRefused() {
        assertThat(RelationshipRules.problemsWith(proposal(PersonKind.CHILD, BORN_2015, RelationshipType.PARENT, false, BIRTH_MOTHER)))
                .containsKey("basis");
    }

    @Test
    void noParentalResponsibilityAndNoBasisIsFine() {
        assertThat(RelationshipRules.problemsWith(proposal(PersonKind.CHILD, BORN_2015, RelationshipType.STEP_PARENT, false, null)))
                .isEmpty();
    }

    @Test
    void beingNamedOnTheBirthRegisterCountsForBirthsFromTheFirstOfDecember2003() {
        var onTheDay = proposal(PersonKind.CHILD, Optional.of(LocalDate.of(2003, 12, 1)), RelationshipType.PARENT, true,
                NAMED_ON_BIRTH_REGISTER);
        var dayBefore = proposal(PersonKind.CHILD, Optional.of(LocalDate.of(2003, 11, 30)), RelationshipType.PARENT, true,
                NAMED_ON_BIRTH_REGISTER);
        assertThat(RelationshipRules.problemsWith(onTheDay)).isEmpty();
        assertThat(RelationshipRules.problemsWith(dayBefore)).containsKey("basis");
    }

    @Test
    void aStepParentAgreementOnlyDescribesAStepParent() {
        assertThat(RelationshipRules.problemsWith(proposal(PersonKind.CHILD, BORN_2015, RelationshipType.STEP_PARENT, true,
                STEP_PARENT_AGREEMENT_OR_ORDER))).isEmpty();
        assertThat(RelationshipRules.problemsWith(proposal(PersonKind.CHILD, BORN_2015, RelationshipType.CARER, true,
                STEP_PARENT_AGREEMENT_OR_ORDER))).containsKey("basis");
    }

    @Test
    void aBirthMotherBasisOnlyDescribesAParent() {
        assertThat(RelationshipRules.problemsWith(proposal(PersonKind.CHILD, BORN_2015, RelationshipType.GRANDPARENT, true,
                BIRTH_MOTHER))).containsKey("basis");
    }

    @Test
    void everyRelationshipReadsBothWays() {
        assertThat(RelationshipType.PARENT.label()).isEqualTo("Parent");
        assertThat(RelationshipType.PARENT.inverseLabel()).isEqualTo("Child");
        for (ParentalResponsibilityBasis basis : ParentalResponsibilityBasis.values()) {
            assertThat(basis.label()).containsPattern("s\\d");
        }
    }
}

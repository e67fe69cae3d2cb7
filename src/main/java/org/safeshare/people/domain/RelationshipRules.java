package org.safeshare.people.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When a relationship may be recorded, answered as a problem per form field (empty when it may).
 * Parental responsibility follows the Children Act 1989 ss2-4A: several people may hold it at once,
 * but each holds it on a basis the Act (or the Adoption and Children Act 2002) gives.
 */
public final class RelationshipRules {

    /** s4(1)(a) as amended by the Adoption and Children Act 2002 s111 came into force on this day. */
    public static final LocalDate BIRTH_REGISTER_RESPONSIBILITY_FROM = LocalDate.of(2003, 12, 1);

    private RelationshipRules() {}

    /** What is proposed: the subject's kind and birth date, and what the related person is to them. */
    public record Proposal(boolean samePerson, PersonKind subjectKind, Optional<LocalDate> subjectDateOfBirth,
            RelationshipType type, boolean parentalResponsibility, Optional<ParentalResponsibilityBasis> basis) {}

    public static Map<String, String> problemsWith(Proposal proposal) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (proposal.samePerson()) {
            problems.put("relatedPersonId", "A person cannot be related to themself. Select someone else");
        }
        if (proposal.parentalResponsibility()) {
            responsibilityProblem(proposal).ifPresent(p -> problems.put("parentalResponsibility", p));
            basisProblem(proposal).ifPresent(p -> problems.put("basis", p));
        } else if (proposal.basis().isPresent()) {
            // A basis without responsibility would read as if they held it: refuse rather than store a contradiction.
            problems.put("basis", "Only select how they got parental responsibility if they have it");
        }
        return problems;
    }

    private static Optional<String> responsibilityProblem(Proposal proposal) {
        if (proposal.type() == RelationshipType.PROFESSIONAL) {
            return Optional.of("A professional does not have parental responsibility through their work. Select no");
        }
        if (!proposal.type().mayHoldParentalResponsibility()) {
            return Optional.of("A " + proposal.type().label().toLowerCase() + " does not have parental responsibility. Select no");
        }
        if (!proposal.subjectKind().canHaveParentalResponsibilityHolders()) {
            return Optional.of("Parental responsibility can only be recorded for a child or an unborn baby");
        }
        return Optional.empty();
    }

    private static Optional<String> basisProblem(Proposal proposal) {
        if (proposal.basis().isEmpty()) {
            return Optional.of("Select how they got parental responsibility");
        }
        ParentalResponsibilityBasis basis = proposal.basis().get();
        if (basis.onlyForParents() && proposal.type() != RelationshipType.PARENT) {
            return Optional.of("This basis only applies to a parent. Select another basis or change the relationship to parent");
        }
        if (basis == ParentalResponsibilityBasis.STEP_PARENT_AGREEMENT_OR_ORDER && proposal.type() != RelationshipType.STEP_PARENT) {
            return Optional.of("A step-parent agreement or order only applies to a step-parent (s4A)");
        }
        if (basis == ParentalResponsibilityBasis.NAMED_ON_BIRTH_REGISTER && bornBeforeRegisterRule(proposal)) {
            // Fathers named on the register before 1 December 2003 need an agreement or an order instead.
            return Optional.of("Being named on the birth register only gives parental responsibility for births "
                    + "registered from 1 December 2003. Select an agreement or an order instead");
        }
        return Optional.empty();
    }

    private static boolean bornBeforeRegisterRule(Proposal proposal) {
        return proposal.subjectDateOfBirth().map(b -> b.isBefore(BIRTH_REGISTER_RESPONSIBILITY_FROM)).orElse(false);
    }
}

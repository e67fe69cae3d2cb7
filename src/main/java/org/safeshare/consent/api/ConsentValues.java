package org.safeshare.consent.api;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values the consent API accepts and returns, as its own enumerations: the domain's may be renamed or gain values,
 * the API's change only with a new API version (ADR 0013, ADR 0022). Each has the names the API has always used, in the
 * order it has always listed them; {@link #as} maps a value to the other side by name.
 */
final class ConsentValues {

    private ConsentValues() {}

    enum Answer { GIVEN, REFUSED }

    /** The kinds of giver a consent record names: the shared vocabulary's "someone else" is no giver of consent. */
    enum Kind { SUBJECT, PERSON_WITH_PARENTAL_RESPONSIBILITY, ATTORNEY, COURT_OF_PROTECTION_DEPUTY }

    /** How a person with parental responsibility came to hold it (Children Act 1989 ss2-4A, s12, s14C, s33; ACA 2002 s46). */
    enum Basis {
        BIRTH_MOTHER, MARRIED_TO_MOTHER_AT_BIRTH, NAMED_ON_BIRTH_REGISTER, PARENTAL_RESPONSIBILITY_AGREEMENT,
        PARENTAL_RESPONSIBILITY_ORDER, SPOUSE_OR_CIVIL_PARTNER_AT_BIRTH, STEP_PARENT_AGREEMENT_OR_ORDER,
        CHILD_ARRANGEMENTS_ORDER_LIVES_WITH, SPECIAL_GUARDIANSHIP_ORDER, ADOPTION_ORDER, GUARDIAN, LOCAL_AUTHORITY_CARE_ORDER
    }

    enum Method { VERBAL, WRITTEN, ELECTRONIC }

    enum Purpose { SAFEGUARDING, EARLY_HELP, INDIVIDUAL_CARE, CRIME_PREVENTION, LEGAL_PROCEEDINGS, STATUTORY_DUTY, OTHER }

    enum RecipientType {
        PRIMARY_SCHOOL, SECONDARY_SCHOOL, INDEPENDENT_SCHOOL, EARLY_YEARS_SETTING, PRIVATE_OR_VOLUNTARY_NURSERY, CHILDMINDER,
        GP_PRACTICE, HOSPITAL, COMMUNITY_HEALTH, POLICE, CHILDRENS_SOCIAL_CARE, MASH, EARLY_HELP, ADULT_SOCIAL_CARE, HOUSING,
        PROBATION, VOLUNTARY_SECTOR
    }

    /** Where consent stands, in the order the consent position API has always listed them. */
    enum Status { GIVEN, EXPIRED, WITHDRAWN, REFUSED, REFUSAL_SET_ASIDE, NOT_SOUGHT, CANNOT_BE_GIVEN }

    enum Who { THE_PERSON, PERSON_WITH_PARENTAL_RESPONSIBILITY, ATTORNEY_OR_DEPUTY }

    enum Route { GILLICK, MENTAL_CAPACITY_ACT }

    enum Criterion {
        UNDERSTANDS_DECISION, UNDERSTANDS_RISKS, UNDERSTANDS_ALTERNATIVES, FREE_FROM_UNDUE_INFLUENCE, UNDERSTAND, RETAIN, USE_OR_WEIGH,
        COMMUNICATE
    }

    enum GroundKind { LEGAL_OBLIGATION, STATUTORY_REQUIREMENT, SIGNIFICANT_HARM, SERIOUS_CRIME }

    enum HarmForm { PHYSICAL, EMOTIONAL, SEXUAL, NEGLECT }

    /** The same value in the other vocabulary, where the two spell it alike. */
    static <E extends Enum<E>> E as(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    /** Every value of a set in the other vocabulary; null stays null (the domain reads it as none). */
    static <E extends Enum<E>> Set<E> all(Class<E> type, Collection<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(v -> as(type, v)).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}

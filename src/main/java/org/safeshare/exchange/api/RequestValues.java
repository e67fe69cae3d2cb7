package org.safeshare.exchange.api;

/**
 * The values the information request API accepts and returns, as its own enumerations with the names it has always
 * used: the domain's may be renamed or gain values, these change only with a new API version (ADR 0022).
 */
final class RequestValues {

    private RequestValues() {}

    enum Urgency { RED, AMBER, GREEN }

    enum Status { OPEN, ANSWERED, DECLINED }

    enum SubjectKind { CHILD, UNBORN, ADULT }

    enum Purpose { SAFEGUARDING, EARLY_HELP, INDIVIDUAL_CARE, CRIME_PREVENTION, LEGAL_PROCEEDINGS, STATUTORY_DUTY, OTHER }

    enum AnswerKind { FACT, OPINION, HISTORICAL, DECLINED }

    enum Choice { ANSWER, DECLINE }

    enum RiskLevel { NONE, CHILD_IN_NEED, SIGNIFICANT_HARM_SUSPECTED, IMMEDIATE_DANGER }

    enum ConsentStatus { GIVEN, EXPIRED, WITHDRAWN, REFUSED, REFUSAL_SET_ASIDE, NOT_SOUGHT, CANNOT_BE_GIVEN }

    enum ConsentGiver { SUBJECT, PERSON_WITH_PARENTAL_RESPONSIBILITY, ATTORNEY, COURT_OF_PROTECTION_DEPUTY, OTHER }

    enum Legitimacy { YES, NO, UNSURE }

    enum LegalRequirement { NONE, COURT_ORDER, STATUTORY_DUTY }

    enum SubjectInformed { INFORMED, WILL_INFORM, NOT_INFORMED }
}

package org.safeshare.decisions;

/**
 * What the practitioner knows when deciding whether to share: the facts the guidance asks about.
 * Field names follow the public evaluation API. Plain data; {@code DecisionSupport} judges it.
 */
public record SharingFacts(GuidanceVersion guidanceVersion, Subject subject, Purpose purpose, Information information,
        Consent consent, Risk risk, LegalRequirement legalRequirement, Recipient recipient, Sharer sharer) {

    /** Whom the information is about. {@code adultAtRisk}: the three DPA 2018 Sch 1 para 18(3) conditions hold. */
    public record Subject(SubjectKind kind, Integer ageYears, boolean adultAtRisk) {}

    /** Why the information would be shared, and whether that purpose is clear and legitimate (flowchart step 1). */
    public record Purpose(PurposeCategory category, Legitimacy legitimate) {}

    /** What kind of information it is. */
    public record Information(boolean identifiesIndividual, boolean confidential, boolean specialCategory,
            boolean criminalOffence, boolean identitiesAtRisk) {}

    /** Where consent stands, who gave it, and what seeking it would do (seed 003). */
    public record Consent(ConsentStatus status, ConsentGiver givenBy, boolean subjectCompetent,
            boolean seekingWouldIncreaseRisk, boolean seekingWouldCauseHarmfulDelay, boolean seekingWouldPrejudiceInvestigation) {}

    /** How at risk the subject is. {@code buildingPicture}: sharing is needed to establish whether there is significant harm. */
    public record Risk(RiskLevel level, boolean seriousCrime, boolean buildingPicture) {}

    /** Who would receive it. */
    public record Recipient(boolean hasRoleInSafeguarding, boolean identityVerified, boolean secureChannelAvailable) {}

    /**
     * Who is sharing. {@code lawEnforcement}: a police force (competent authority) processing for a law
     * enforcement purpose, which falls under DPA 2018 Part 3 rather than UK GDPR. Optional in the API (false).
     */
    public record Sharer(boolean lawEnforcement) {}

    /** The advice a decision is judged by, written "2018" or "2024" in the API. */
    public enum GuidanceVersion {
        V2018("2018"), V2024("2024");

        private final String label;

        GuidanceVersion(String label) {
            this.label = label;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String label() {
            return label;
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static GuidanceVersion of(String label) {
            for (GuidanceVersion version : values()) {
                if (version.label.equals(label) || version.name().equals(label)) {
                    return version;
                }
            }
            throw new IllegalArgumentException("Use \"2018\" or \"2024\"");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public enum SubjectKind { CHILD, UNBORN, ADULT }

    public enum PurposeCategory { SAFEGUARDING, EARLY_HELP, INDIVIDUAL_CARE, CRIME_PREVENTION, LEGAL_PROCEEDINGS, STATUTORY_DUTY, OTHER }

    public enum Legitimacy { YES, NO, UNSURE }

    public enum ConsentStatus { GIVEN, REFUSED, NOT_SOUGHT, WITHDRAWN, EXPIRED, CANNOT_BE_GIVEN }

    public enum ConsentGiver { SUBJECT, PARENT_WITH_PR, OTHER }

    public enum RiskLevel { NONE, CHILD_IN_NEED, SIGNIFICANT_HARM_SUSPECTED, IMMEDIATE_DANGER }

    public enum LegalRequirement { NONE, COURT_ORDER, STATUTORY_DUTY }
}

package org.safeshare.decisions;

import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * What the practitioner knows when deciding whether to share: the facts the guidance asks about.
 * Field names follow the public evaluation API. Plain data; {@code DecisionSupport} judges it.
 */
public record SharingFacts(GuidanceVersion guidanceVersion, Subject subject, Purpose purpose, Information information,
        Consent consent, Risk risk, LegalRequirement legalRequirement, Recipient recipient, Sharer sharer,
        java.time.LocalDate sharingDate, Request request) {

    /** Facts without a sharing date or a request: the date is filled in (today) where decisions are made. */
    public SharingFacts(GuidanceVersion guidanceVersion, Subject subject, Purpose purpose, Information information, Consent consent,
            Risk risk, LegalRequirement legalRequirement, Recipient recipient, Sharer sharer) {
        this(guidanceVersion, subject, purpose, information, consent, risk, legalRequirement, recipient, sharer, null, null);
    }

    /** The same facts judged on another day: the law of that day applies. */
    public SharingFacts on(java.time.LocalDate date) {
        return new SharingFacts(guidanceVersion, subject, purpose, information, consent, risk, legalRequirement, recipient, sharer,
                date, request);
    }

    /** The same facts under a guidance version. */
    public SharingFacts under(GuidanceVersion version) {
        return new SharingFacts(version, subject, purpose, information, consent, risk, legalRequirement, recipient, sharer,
                sharingDate, request);
    }

    /** The same facts with the sharer as recorded for the acting organisation. */
    public SharingFacts by(Sharer who) {
        return new SharingFacts(guidanceVersion, subject, purpose, information, consent, risk, legalRequirement, recipient, who,
                sharingDate, request);
    }

    /**
     * Whom the information is about. {@code adultAtRisk}: the three DPA 2018 Sch 1 para 18(3) conditions hold.
     * {@code nhsNumberKnown}: the child's NHS number is known, the consistent identifier of Children Act 2004 s16LC
     * (optional, false).
     */
    public record Subject(SubjectKind kind, Integer ageYears, boolean adultAtRisk, Boolean nhsNumberKnown) {

        public Subject(SubjectKind kind, Integer ageYears, boolean adultAtRisk) {
            this(kind, ageYears, adultAtRisk, null);
        }

        public boolean hasNhsNumber() {
            return Boolean.TRUE.equals(nhsNumberKnown);
        }
    }

    /** Why the information would be shared, and whether that purpose is clear and legitimate (flowchart step 1). */
    public record Purpose(PurposeCategory category, Legitimacy legitimate) {}

    /** What kind of information it is. */
    public record Information(boolean identifiesIndividual, boolean confidential, boolean specialCategory,
            boolean criminalOffence, boolean identitiesAtRisk) {}

    /** Where consent stands, who gave it, and what seeking it would do (seed 003). */
    public record Consent(ConsentStatus status, ConsentGiver givenBy, boolean subjectCompetent,
            boolean seekingWouldIncreaseRisk, boolean seekingWouldCauseHarmfulDelay, boolean seekingWouldPrejudiceInvestigation) {}

    /**
     * How at risk the subject is. {@code buildingPicture}: sharing is needed to establish whether there is significant harm.
     * {@code sharingMoreDetrimental}: the sharer considers that sharing would be more detrimental to the child than not
     * sharing, the exception to the duty to share (Children Act 2004 s16LA(3)); optional (false).
     */
    public record Risk(RiskLevel level, boolean seriousCrime, boolean buildingPicture, Boolean sharingMoreDetrimental) {

        public Risk(RiskLevel level, boolean seriousCrime, boolean buildingPicture) {
            this(level, seriousCrime, buildingPicture, null);
        }

        public boolean moreDetrimental() {
            return Boolean.TRUE.equals(sharingMoreDetrimental);
        }
    }

    /**
     * Who would receive it. {@code coveredPerson}: the recipient is a person to whom the duty to share applies
     * (Children Act 2004 s16LA(4)); optional (false).
     */
    public record Recipient(boolean hasRoleInSafeguarding, boolean identityVerified, boolean secureChannelAvailable,
            Boolean coveredPerson) {

        public Recipient(boolean hasRoleInSafeguarding, boolean identityVerified, boolean secureChannelAvailable) {
            this(hasRoleInSafeguarding, identityVerified, secureChannelAvailable, null);
        }

        public boolean covered() {
            return Boolean.TRUE.equals(coveredPerson);
        }
    }

    /**
     * Who is sharing. {@code lawEnforcement}: a police force (competent authority) processing for a law
     * enforcement purpose, which falls under DPA 2018 Part 3 rather than UK GDPR. Optional in the API (false).
     * {@code publicAuthority}: a public authority performing its tasks, for which UK GDPR Art 6(1)(e) is open and
     * Art 6(1)(ea) and (f) are not; optional (true, so that clients that never sent it keep their answers).
     * {@code coveredPerson}: a person to whom the duty to share applies (Children Act 2004 s16LA(4)); optional (false).
     */
    public record Sharer(boolean lawEnforcement, Boolean publicAuthority, Boolean coveredPerson) {

        public Sharer(boolean lawEnforcement) {
            this(lawEnforcement, null, null);
        }

        public boolean actsAsPublicAuthority() {
            return publicAuthority == null || publicAuthority;
        }

        public boolean covered() {
            return Boolean.TRUE.equals(coveredPerson);
        }
    }

    /**
     * The request being answered, if any: from a public authority that states it needs the information for a task
     * under UK GDPR Art 6(1)(e) with an Art 6(3) basis (UK GDPR Annex 1 paragraph 1). Both optional (false).
     */
    public record Request(Boolean fromPublicAuthority, Boolean statesPublicTask) {

        public boolean fromPublicBodyForItsPublicTask() {
            return Boolean.TRUE.equals(fromPublicAuthority) && Boolean.TRUE.equals(statesPublicTask);
        }
    }

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

    public enum Legitimacy { YES, NO, UNSURE }

    public enum RiskLevel { NONE, CHILD_IN_NEED, SIGNIFICANT_HARM_SUSPECTED, IMMEDIATE_DANGER }

    public enum LegalRequirement { NONE, COURT_ORDER, STATUTORY_DUTY }
}

package org.safeshare.decisions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The practitioner's decision and what golden rule 7 asks them to record with it: the decision and
 * reasons whether or not they share; if they share, what, with whom, for what purpose, when and how;
 * whether the person was told (or why not); advice sought and its outcome (brief section 7). When the
 * decision rests on a consent record from the register, {@code consentRecordId} names it, so that the
 * recipient can be told if that consent is withdrawn. A sharer relying on legitimate interests (UK GDPR Art 6(1)(f))
 * records its answers to the three tests; one not sharing under the exception to the duty to share (Children Act 2004
 * s16LA(3)) records why sharing would be more detrimental to the child.
 */
public record DecisionTaken(Choice choice, String reasons, String departureReason, String purpose,
        UUID recipientOrganisationId, String recipientPersonOrRole, List<InformationItem> information, SharingMethod method,
        Instant sharedAt, SubjectInformed subjectInformed, String notInformedReason, String consentNotSoughtReason,
        Boolean discussedWithRequester, AdviceTaken advice, UUID consentRecordId, LegitimateInterestsTests legitimateInterests,
        String moreDetrimentalReason) {

    public DecisionTaken {
        information = information == null ? List.of() : List.copyOf(information);
    }

    /** A decision that records no legitimate interests tests and no "more detrimental" reason. */
    public DecisionTaken(Choice choice, String reasons, String departureReason, String purpose, UUID recipientOrganisationId,
            String recipientPersonOrRole, List<InformationItem> information, SharingMethod method, Instant sharedAt,
            SubjectInformed subjectInformed, String notInformedReason, String consentNotSoughtReason, Boolean discussedWithRequester,
            AdviceTaken advice, UUID consentRecordId) {
        this(choice, reasons, departureReason, purpose, recipientOrganisationId, recipientPersonOrRole, information, method, sharedAt,
                subjectInformed, notInformedReason, consentNotSoughtReason, discussedWithRequester, advice, consentRecordId, null, null);
    }

    /** A decision that names no consent record. */
    public DecisionTaken(Choice choice, String reasons, String departureReason, String purpose, UUID recipientOrganisationId,
            String recipientPersonOrRole, List<InformationItem> information, SharingMethod method, Instant sharedAt,
            SubjectInformed subjectInformed, String notInformedReason, String consentNotSoughtReason, Boolean discussedWithRequester,
            AdviceTaken advice) {
        this(choice, reasons, departureReason, purpose, recipientOrganisationId, recipientPersonOrRole, information, method, sharedAt,
                subjectInformed, notInformedReason, consentNotSoughtReason, discussedWithRequester, advice, null);
    }

    /** The same decision resting on the given consent record (or none). */
    public DecisionTaken withConsentRecord(UUID consentRecord) {
        return new DecisionTaken(choice, reasons, departureReason, purpose, recipientOrganisationId, recipientPersonOrRole, information,
                method, sharedAt, subjectInformed, notInformedReason, consentNotSoughtReason, discussedWithRequester, advice, consentRecord,
                legitimateInterests, moreDetrimentalReason);
    }

    /** The same decision with the sharer's legitimate interests tests and "more detrimental" reason. */
    public DecisionTaken withJustification(LegitimateInterestsTests tests, String moreDetrimental) {
        return new DecisionTaken(choice, reasons, departureReason, purpose, recipientOrganisationId, recipientPersonOrRole, information,
                method, sharedAt, subjectInformed, notInformedReason, consentNotSoughtReason, discussedWithRequester, advice,
                consentRecordId, tests, moreDetrimental);
    }

    /** The same decision shared at a time. */
    public DecisionTaken sharedAt(Instant at) {
        return new DecisionTaken(choice, reasons, departureReason, purpose, recipientOrganisationId, recipientPersonOrRole, information,
                method, at, subjectInformed, notInformedReason, consentNotSoughtReason, discussedWithRequester, advice,
                consentRecordId, legitimateInterests, moreDetrimentalReason);
    }

    /**
     * The ICO's three-part legitimate interests assessment, in the sharer's words: the interest pursued (purpose test),
     * why sharing is needed for it (necessity test), and why the person's interests do not override it (balancing test).
     */
    public record LegitimateInterestsTests(String purpose, String necessity, String balancing) {}

    /** To share, or not to share. */
    public enum Choice {
        SHARE("Share"), DO_NOT_SHARE("Do not share");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One piece of information shared (or that would have been): fact and opinion kept apart (seed 002, 'How?'). */
    public record InformationItem(String category, String summary, FactOrOpinion kind, String historicalNote) {}

    public enum FactOrOpinion {
        FACT("Fact"), OPINION("Professional opinion");

        private final String label;

        FactOrOpinion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How it was shared securely (seed 002, "sharing securely"). */
    public enum SharingMethod {
        SECURE_PORTAL("Secure portal"),
        SECURE_EMAIL("Secure email"),
        PHONE_WITH_IDENTITY_CHECK("Telephone, after checking identity by calling back a known number"),
        LETTER("Letter, with recipient details double-checked"),
        MEETING("Meeting where everyone present needs to know");

        private final String label;

        SharingMethod(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the person was told it was shared; not telling needs a reason (it would create or increase risk). */
    public enum SubjectInformed {
        INFORMED("Told before or when sharing"),
        WILL_INFORM("Will be told"),
        NOT_INFORMED("Not told");

        private final String label;

        SubjectInformed(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Advice sought before deciding (golden rule 3, 2018; rule 4, 2024) and what it was. */
    public record AdviceTaken(AdviserRole fromRole, String outcome, UUID adviceRequestId) {}

    public enum AdviserRole {
        DESIGNATED_SAFEGUARDING_LEAD("Designated safeguarding lead"),
        INFORMATION_GOVERNANCE_LEAD("Information governance lead"),
        CALDICOTT_GUARDIAN("Caldicott guardian");

        private final String label;

        AdviserRole(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

package org.safeshare.decisions;

import java.util.List;
import java.util.Set;

/**
 * What the guidance recommends, and why: every reason cites its source (golden rule N of version V,
 * flowchart step, seed section, DPA paragraph). Field names follow the public evaluation API.
 */
public record Recommendation(Outcome outcome, boolean urgent, Set<Escalation> escalations, LawfulBasis lawfulBasis,
        InformSubject informSubject, Set<Precondition> preconditions, List<Reason> reasons, List<String> howToShare,
        SharingFacts.GuidanceVersion guidanceVersion, java.time.LocalDate sharingDate, String ruleSet, DutyToShare dutyToShare) {

    public Recommendation {
        escalations = Set.copyOf(escalations);
        preconditions = Set.copyOf(preconditions);
        reasons = List.copyOf(reasons);
        howToShare = List.copyOf(howToShare);
    }

    public enum Outcome { SHARE, SHARE_WITHOUT_CONSENT, SEEK_CONSENT, SEEK_ADVICE, DO_NOT_SHARE }

    public enum Escalation { CALL_POLICE_NOW, REFER_TO_CHILDRENS_SOCIAL_CARE, REFER_TO_ADULT_SOCIAL_CARE }

    public enum InformSubject { INFORM, DO_NOT_INFORM }

    public enum Precondition {
        VERIFY_RECIPIENT_IDENTITY, USE_SECURE_CHANNEL, PROTECT_IDENTITIES, SHARE_ONLY_WITH_A_SAFEGUARDING_ROLE,
        /** Children Act 2004 s16LC, once commenced: include the child's consistent identifier (the NHS number). */
        INCLUDE_CONSISTENT_IDENTIFIER
    }

    /**
     * Where the duty to share (Children Act 2004 s16LA) stands, when it is in force for the sharing date and the sharer,
     * recipient and information are within it: it applies, or the sharer considers sharing more detrimental to the child
     * than not sharing (s16LA(3)). Null when the duty does not arise.
     */
    public enum DutyToShare { APPLIES, MORE_DETRIMENTAL }

    /**
     * The legal basis. Any part may be null where it does not apply (nothing is shared, or the information
     * is not special category). {@code dpaPart3}: police law-enforcement processing under DPA 2018 Part 3
     * (its safeguarding condition is Schedule 8 paragraph 4), in place of UK GDPR Articles 6 and 9.
     */
    public record LawfulBasis(Article6 article6, Article9 article9, Integer dpaSchedule1Paragraph,
            ConfidentialityGround confidentialityGround, boolean dpaPart3, Integer dpaSchedule8Paragraph, Integer annex1Condition) {

        public static final LawfulBasis NONE = new LawfulBasis(null, null, null, null, false, null, null);

        /** A basis that relies on no UK GDPR Annex 1 condition. */
        public LawfulBasis(Article6 article6, Article9 article9, Integer dpaSchedule1Paragraph,
                ConfidentialityGround confidentialityGround, boolean dpaPart3, Integer dpaSchedule8Paragraph) {
            this(article6, article9, dpaSchedule1Paragraph, confidentialityGround, dpaPart3, dpaSchedule8Paragraph, null);
        }

        /** The same basis with another Article 6 basis and UK GDPR Annex 1 condition (1 or 6, or null). */
        public LawfulBasis withArticle6(Article6 basis, Integer annex1) {
            return new LawfulBasis(basis, article9, dpaSchedule1Paragraph, confidentialityGround, dpaPart3, dpaSchedule8Paragraph, annex1);
        }
    }

    /**
     * UK GDPR Article 6(1). {@code RECOGNISED_LEGITIMATE_INTEREST} is point (ea), inserted by the Data (Use and Access)
     * Act 2025 s70 from 5 February 2026; like {@code LEGITIMATE_INTERESTS} (point (f)) it is not open to a public
     * authority performing its tasks.
     */
    public enum Article6 { CONSENT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, RECOGNISED_LEGITIMATE_INTEREST, LEGITIMATE_INTERESTS }

    public enum Article9 { EXPLICIT_CONSENT, VITAL_INTERESTS, SUBSTANTIAL_PUBLIC_INTEREST, HEALTH_OR_SOCIAL_CARE, LEGAL_CLAIMS }

    public enum ConfidentialityGround { NOT_CONFIDENTIAL, CONSENT, PUBLIC_INTEREST, LEGAL_REQUIREMENT }

    /** One reason: a stable rule id, the source it comes from, and the explanation in plain English. */
    public record Reason(String ruleId, String source, String text) {}
}

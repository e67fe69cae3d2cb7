package org.safeshare.decisions;

import java.util.List;
import java.util.Set;

/**
 * What the guidance recommends, and why: every reason cites its source (golden rule N of version V,
 * flowchart step, seed section, DPA paragraph). Field names follow the public evaluation API.
 */
public record Recommendation(Outcome outcome, boolean urgent, Set<Escalation> escalations, LawfulBasis lawfulBasis,
        InformSubject informSubject, Set<Precondition> preconditions, List<Reason> reasons, List<String> howToShare,
        SharingFacts.GuidanceVersion guidanceVersion) {

    public Recommendation {
        escalations = Set.copyOf(escalations);
        preconditions = Set.copyOf(preconditions);
        reasons = List.copyOf(reasons);
        howToShare = List.copyOf(howToShare);
    }

    public enum Outcome { SHARE, SHARE_WITHOUT_CONSENT, SEEK_CONSENT, SEEK_ADVICE, DO_NOT_SHARE }

    public enum Escalation { CALL_POLICE_NOW, REFER_TO_CHILDRENS_SOCIAL_CARE, REFER_TO_ADULT_SOCIAL_CARE }

    public enum InformSubject { INFORM, DO_NOT_INFORM }

    public enum Precondition { VERIFY_RECIPIENT_IDENTITY, USE_SECURE_CHANNEL, PROTECT_IDENTITIES, SHARE_ONLY_WITH_A_SAFEGUARDING_ROLE }

    /**
     * The legal basis. Any part may be null where it does not apply (nothing is shared, or the information
     * is not special category). {@code dpaPart3}: police law-enforcement processing under DPA 2018 Part 3
     * (its safeguarding condition is Schedule 8 paragraph 4), in place of UK GDPR Articles 6 and 9.
     */
    public record LawfulBasis(Article6 article6, Article9 article9, Integer dpaSchedule1Paragraph,
            ConfidentialityGround confidentialityGround, boolean dpaPart3, Integer dpaSchedule8Paragraph) {

        public static final LawfulBasis NONE = new LawfulBasis(null, null, null, null, false, null);
    }

    public enum Article6 { CONSENT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS }

    public enum Article9 { EXPLICIT_CONSENT, VITAL_INTERESTS, SUBSTANTIAL_PUBLIC_INTEREST, HEALTH_OR_SOCIAL_CARE, LEGAL_CLAIMS }

    public enum ConfidentialityGround { NOT_CONFIDENTIAL, CONSENT, PUBLIC_INTEREST, LEGAL_REQUIREMENT }

    /** One reason: a stable rule id, the source it comes from, and the explanation in plain English. */
    public record Reason(String ruleId, String source, String text) {}
}

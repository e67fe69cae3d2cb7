package org.safeshare.decisions.api;

import static org.safeshare.decisions.api.SharingFactsBody.as;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.safeshare.decisions.Recommendation;

/**
 * What the guidance recommends, and why, as the public API spells it: its own record with the API's own values, apart from
 * the domain's {@link Recommendation}, so that renaming a domain field or value never renames a field of the API (ADR 0013,
 * ADR 0022). Names and values are those the API has returned since its first version; sets are returned in the order of
 * the lists of values below.
 */
@Schema(name = "Recommendation")
record RecommendationBody(Outcome outcome, boolean urgent, List<Escalation> escalations, LawfulBasis lawfulBasis,
        InformSubject informSubject, List<Precondition> preconditions, List<Reason> reasons, List<String> howToShare,
        SharingFactsBody.GuidanceVersion guidanceVersion, LocalDate sharingDate, String ruleSet, DutyToShare dutyToShare) {

    static RecommendationBody of(Recommendation r) {
        var b = r.lawfulBasis();
        return new RecommendationBody(as(Outcome.class, r.outcome()), r.urgent(), all(Escalation.class, r.escalations()),
                b == null ? null : new LawfulBasis(as(Article6.class, b.article6()), as(Article9.class, b.article9()),
                        b.dpaSchedule1Paragraph(), as(ConfidentialityGround.class, b.confidentialityGround()), b.dpaPart3(),
                        b.dpaSchedule8Paragraph(), b.annex1Condition()),
                as(InformSubject.class, r.informSubject()), all(Precondition.class, r.preconditions()),
                r.reasons().stream().map(reason -> new Reason(reason.ruleId(), reason.source(), reason.text())).toList(), r.howToShare(),
                as(SharingFactsBody.GuidanceVersion.class, r.guidanceVersion()), r.sharingDate(), r.ruleSet(),
                as(DutyToShare.class, r.dutyToShare()));
    }

    private static <E extends Enum<E>> List<E> all(Class<E> type, Collection<? extends Enum<?>> values) {
        return values.stream().map(v -> as(type, v)).sorted(Comparator.naturalOrder()).toList();
    }

    /** The legal basis; any part may be absent where it does not apply. */
    record LawfulBasis(Article6 article6, Article9 article9, Integer dpaSchedule1Paragraph, ConfidentialityGround confidentialityGround,
            boolean dpaPart3, Integer dpaSchedule8Paragraph, Integer annex1Condition) {}

    /**
     * One reason: a stable rule id, the public source it comes from, and the explanation in plain English. Named apart from
     * matching's reasons, which the OpenAPI document would otherwise describe under the same name.
     */
    @Schema(name = "RecommendationReason")
    record Reason(String ruleId, String source, String text) {}

    enum Outcome { SHARE, SHARE_WITHOUT_CONSENT, SEEK_CONSENT, SEEK_ADVICE, DO_NOT_SHARE }

    enum Escalation { CALL_POLICE_NOW, REFER_TO_CHILDRENS_SOCIAL_CARE, REFER_TO_ADULT_SOCIAL_CARE }

    enum InformSubject { INFORM, DO_NOT_INFORM }

    enum Precondition {
        VERIFY_RECIPIENT_IDENTITY, USE_SECURE_CHANNEL, PROTECT_IDENTITIES, SHARE_ONLY_WITH_A_SAFEGUARDING_ROLE, INCLUDE_CONSISTENT_IDENTIFIER
    }

    enum DutyToShare { APPLIES, MORE_DETRIMENTAL }

    enum Article6 { CONSENT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, RECOGNISED_LEGITIMATE_INTEREST, LEGITIMATE_INTERESTS }

    enum Article9 { EXPLICIT_CONSENT, VITAL_INTERESTS, SUBSTANTIAL_PUBLIC_INTEREST, HEALTH_OR_SOCIAL_CARE, LEGAL_CLAIMS }

    enum ConfidentialityGround { NOT_CONFIDENTIAL, CONSENT, PUBLIC_INTEREST, LEGAL_REQUIREMENT }
}

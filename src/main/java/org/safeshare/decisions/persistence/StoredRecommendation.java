package org.safeshare.decisions.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.safeshare.decisions.Recommendation;
import org.safeshare.decisions.SharingFacts;

/**
 * The recommendation as stored in {@code decision_version.recommendation}: its own record, apart from the domain's
 * {@link Recommendation} and the API body, because a decision version must read the same for as long as it is kept (UK
 * GDPR Article 5(1)(d); the table refuses updates) while those may be renamed (ADR 0022). Names are those written since
 * the first version: change one only with a reader for the old name. Enumerations are kept as their written names, the
 * guidance version as its label ("2024"); sets are written as lists sorted by name. Fields added on 1 December 2026
 * (sharing date, rule set, duty to share, Annex 1 condition) are absent in older records.
 */
record StoredRecommendation(String outcome, Boolean urgent, List<String> escalations, LawfulBasis lawfulBasis, String informSubject,
        List<String> preconditions, List<Reason> reasons, List<String> howToShare, String guidanceVersion, LocalDate sharingDate,
        String ruleSet, String dutyToShare) {

    record LawfulBasis(String article6, String article9, Integer dpaSchedule1Paragraph, String confidentialityGround, Boolean dpaPart3,
            Integer dpaSchedule8Paragraph, Integer annex1Condition) {}

    record Reason(String ruleId, String source, String text) {}

    static StoredRecommendation of(Recommendation r) {
        var b = r.lawfulBasis();
        return new StoredRecommendation(name(r.outcome()), r.urgent(), names(r.escalations()),
                b == null ? null : new LawfulBasis(name(b.article6()), name(b.article9()), b.dpaSchedule1Paragraph(),
                        name(b.confidentialityGround()), b.dpaPart3(), b.dpaSchedule8Paragraph(), b.annex1Condition()),
                name(r.informSubject()), names(r.preconditions()),
                r.reasons().stream().map(reason -> new Reason(reason.ruleId(), reason.source(), reason.text())).toList(),
                r.howToShare(), r.guidanceVersion() == null ? null : r.guidanceVersion().label(), r.sharingDate(), r.ruleSet(),
                name(r.dutyToShare()));
    }

    Recommendation recommendation() {
        var b = lawfulBasis;
        return new Recommendation(named(Recommendation.Outcome.class, outcome), Boolean.TRUE.equals(urgent),
                all(Recommendation.Escalation.class, escalations),
                b == null ? null : new Recommendation.LawfulBasis(named(Recommendation.Article6.class, b.article6()),
                        named(Recommendation.Article9.class, b.article9()), b.dpaSchedule1Paragraph(),
                        named(Recommendation.ConfidentialityGround.class, b.confidentialityGround()), Boolean.TRUE.equals(b.dpaPart3()),
                        b.dpaSchedule8Paragraph(), b.annex1Condition()),
                named(Recommendation.InformSubject.class, informSubject), all(Recommendation.Precondition.class, preconditions),
                reasons == null ? List.of() : reasons.stream().map(x -> new Recommendation.Reason(x.ruleId(), x.source(), x.text())).toList(),
                howToShare == null ? List.of() : howToShare,
                guidanceVersion == null ? null : SharingFacts.GuidanceVersion.of(guidanceVersion), sharingDate, ruleSet,
                named(Recommendation.DutyToShare.class, dutyToShare));
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static <E extends Enum<E>> java.util.Set<E> all(Class<E> type, Collection<String> names) {
        return names == null ? java.util.Set.of() : names.stream().map(n -> Enum.valueOf(type, n)).collect(Collectors.toSet());
    }
}

package org.safeshare.decisions.persistence;

import static org.safeshare.decisions.persistence.StoredRecommendation.name;
import static org.safeshare.decisions.persistence.StoredRecommendation.named;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.safeshare.decisions.DecisionTaken;

/**
 * The decision taken as stored in {@code decision_version.decision}: its own record, apart from the domain's
 * {@link DecisionTaken} and the API body, for the reason {@link StoredRecommendation} gives. Names are those written since
 * the first version (the consent relied on is read by name in SQL too, V81); enumerations are kept as their written names.
 * The consent record (22 November 2026), the legitimate interests tests and the "more detrimental" reason (1 December 2026)
 * are absent in older records.
 */
record StoredDecision(String choice, String reasons, String departureReason, String purpose, UUID recipientOrganisationId,
        String recipientPersonOrRole, List<Item> information, String method, Instant sharedAt, String subjectInformed,
        String notInformedReason, String consentNotSoughtReason, Boolean discussedWithRequester, Advice advice, UUID consentRecordId,
        LegitimateInterests legitimateInterests, String moreDetrimentalReason) {

    record Item(String category, String summary, String kind, String historicalNote) {}

    record Advice(String fromRole, String outcome, UUID adviceRequestId) {}

    record LegitimateInterests(String purpose, String necessity, String balancing) {}

    static StoredDecision of(DecisionTaken d) {
        var a = d.advice();
        var li = d.legitimateInterests();
        return new StoredDecision(name(d.choice()), d.reasons(), d.departureReason(), d.purpose(), d.recipientOrganisationId(),
                d.recipientPersonOrRole(),
                d.information().stream().map(i -> new Item(i.category(), i.summary(), name(i.kind()), i.historicalNote())).toList(),
                name(d.method()), d.sharedAt(), name(d.subjectInformed()), d.notInformedReason(), d.consentNotSoughtReason(),
                d.discussedWithRequester(), a == null ? null : new Advice(name(a.fromRole()), a.outcome(), a.adviceRequestId()),
                d.consentRecordId(), li == null ? null : new LegitimateInterests(li.purpose(), li.necessity(), li.balancing()),
                d.moreDetrimentalReason());
    }

    DecisionTaken decision() {
        var a = advice;
        var li = legitimateInterests;
        return new DecisionTaken(named(DecisionTaken.Choice.class, choice), reasons, departureReason, purpose, recipientOrganisationId,
                recipientPersonOrRole,
                information == null ? List.of() : information.stream().map(i -> new DecisionTaken.InformationItem(i.category(), i.summary(),
                        named(DecisionTaken.FactOrOpinion.class, i.kind()), i.historicalNote())).toList(),
                named(DecisionTaken.SharingMethod.class, method), sharedAt, named(DecisionTaken.SubjectInformed.class, subjectInformed),
                notInformedReason, consentNotSoughtReason, discussedWithRequester,
                a == null ? null : new DecisionTaken.AdviceTaken(named(DecisionTaken.AdviserRole.class, a.fromRole()), a.outcome(),
                        a.adviceRequestId()),
                consentRecordId, li == null ? null : new DecisionTaken.LegitimateInterestsTests(li.purpose(), li.necessity(), li.balancing()),
                moreDetrimentalReason);
    }
}

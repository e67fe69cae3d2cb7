package org.safeshare.decisions.api;

import static org.safeshare.decisions.api.SharingFactsBody.as;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.safeshare.decisions.DecisionTaken;

/**
 * The practitioner's decision as the public API spells it, sent and returned alike: its own record with the API's own
 * values, apart from the domain's {@link DecisionTaken}, so that renaming a domain field or value never renames a field of
 * the API (ADR 0013, ADR 0022). Names and values are those of the API's first version; every field but the choice may be
 * absent, and the domain's rules say which a decision needs.
 */
@Schema(name = "DecisionTaken")
record DecisionTakenBody(Choice choice, String reasons, String departureReason, String purpose, UUID recipientOrganisationId,
        String recipientPersonOrRole, List<InformationItem> information, SharingMethod method, Instant sharedAt,
        SubjectInformed subjectInformed, String notInformedReason, String consentNotSoughtReason, Boolean discussedWithRequester,
        AdviceTaken advice, UUID consentRecordId, LegitimateInterestsTests legitimateInterests, String moreDetrimentalReason) {

    static DecisionTakenBody of(DecisionTaken d) {
        var a = d.advice();
        var li = d.legitimateInterests();
        return new DecisionTakenBody(as(Choice.class, d.choice()), d.reasons(), d.departureReason(), d.purpose(),
                d.recipientOrganisationId(), d.recipientPersonOrRole(),
                d.information().stream().map(i -> new InformationItem(i.category(), i.summary(), as(FactOrOpinion.class, i.kind()),
                        i.historicalNote())).toList(),
                as(SharingMethod.class, d.method()), d.sharedAt(), as(SubjectInformed.class, d.subjectInformed()), d.notInformedReason(),
                d.consentNotSoughtReason(), d.discussedWithRequester(),
                a == null ? null : new AdviceTaken(as(AdviserRole.class, a.fromRole()), a.outcome(), a.adviceRequestId()),
                d.consentRecordId(), li == null ? null : new LegitimateInterestsTests(li.purpose(), li.necessity(), li.balancing()),
                d.moreDetrimentalReason());
    }

    /** The decision in the domain's words. */
    DecisionTaken decision() {
        var a = advice;
        var li = legitimateInterests;
        return new DecisionTaken(as(DecisionTaken.Choice.class, choice), reasons, departureReason, purpose, recipientOrganisationId,
                recipientPersonOrRole,
                information == null ? List.of() : information.stream().map(DecisionTakenBody::item).toList(),
                as(DecisionTaken.SharingMethod.class, method), sharedAt, as(DecisionTaken.SubjectInformed.class, subjectInformed),
                notInformedReason, consentNotSoughtReason, discussedWithRequester,
                a == null ? null : new DecisionTaken.AdviceTaken(as(DecisionTaken.AdviserRole.class, a.fromRole()), a.outcome(),
                        a.adviceRequestId()),
                consentRecordId, li == null ? null : new DecisionTaken.LegitimateInterestsTests(li.purpose(), li.necessity(), li.balancing()),
                moreDetrimentalReason);
    }

    /** An item sent as null is an empty one, which the decision's rules refuse naming its place in the list. */
    private static DecisionTaken.InformationItem item(InformationItem i) {
        return i == null ? new DecisionTaken.InformationItem(null, null, null, null)
                : new DecisionTaken.InformationItem(i.category(), i.summary(), as(DecisionTaken.FactOrOpinion.class, i.kind()), i.historicalNote());
    }

    /** One piece of information shared (or that would have been): fact and opinion kept apart. */
    record InformationItem(String category, String summary, FactOrOpinion kind, String historicalNote) {}

    /** Advice sought before deciding, and what it was. */
    record AdviceTaken(AdviserRole fromRole, String outcome, UUID adviceRequestId) {}

    /** The ICO's three-part legitimate interests assessment, in the sharer's words. */
    record LegitimateInterestsTests(String purpose, String necessity, String balancing) {}

    enum Choice { SHARE, DO_NOT_SHARE }

    enum FactOrOpinion { FACT, OPINION }

    enum SharingMethod { SECURE_PORTAL, SECURE_EMAIL, PHONE_WITH_IDENTITY_CHECK, LETTER, MEETING }

    enum SubjectInformed { INFORMED, WILL_INFORM, NOT_INFORMED }

    enum AdviserRole { DESIGNATED_SAFEGUARDING_LEAD, INFORMATION_GOVERNANCE_LEAD, CALDICOTT_GUARDIAN }
}

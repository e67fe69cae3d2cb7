package org.safeshare.decisions.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.DecisionRecord;
import org.safeshare.decisions.DecisionVersion;

/**
 * A decision record as the API returns it: its own record with plain values, the facts, recommendation and decision in the
 * API's words ({@link SharingFactsBody}, {@link RecommendationBody}, {@link DecisionTakenBody}; ADR 0022).
 */
@Schema(name = "DecisionRecord")
record DecisionRecordBody(UUID id, UUID organisationId, String organisationName, Optional<UUID> personId,
        List<Version> versions) {

    @Schema(name = "DecisionVersion")
    record Version(int version, Instant recordedAt, UUID recordedBy, String recordedByName, String correctionReason,
            SharingFactsBody facts, RecommendationBody recommendation, DecisionTakenBody decision, boolean departsFromRecommendation) {}

    static DecisionRecordBody of(DecisionRecord record) {
        return new DecisionRecordBody(record.id().value(), record.organisationId(), record.organisationName(), record.personId(),
                record.versions().stream().map(DecisionRecordBody::version).toList());
    }

    private static Version version(DecisionVersion v) {
        return new Version(v.version(), v.recordedAt(), v.recordedBy(), v.recordedByName(), v.correctionReason(),
                v.facts() == null ? null : SharingFactsBody.of(v.facts()), RecommendationBody.of(v.recommendation()),
                DecisionTakenBody.of(v.decision()), v.departsFromRecommendation());
    }
}

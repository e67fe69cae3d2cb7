package org.safeshare.decisions.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.DecisionRecord;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.DecisionVersion;
import org.safeshare.decisions.Recommendation;

/** A decision record as the API returns it: the record with its facts in the API's words ({@link SharingFactsBody}). */
@Schema(name = "DecisionRecord")
record DecisionRecordBody(DecisionId id, UUID organisationId, String organisationName, Optional<UUID> personId,
        List<Version> versions) {

    @Schema(name = "DecisionVersion")
    record Version(int version, Instant recordedAt, UUID recordedBy, String recordedByName, String correctionReason,
            SharingFactsBody facts, Recommendation recommendation, DecisionTaken decision, boolean departsFromRecommendation) {}

    static DecisionRecordBody of(DecisionRecord record) {
        return new DecisionRecordBody(record.id(), record.organisationId(), record.organisationName(), record.personId(),
                record.versions().stream().map(DecisionRecordBody::version).toList());
    }

    private static Version version(DecisionVersion v) {
        return new Version(v.version(), v.recordedAt(), v.recordedBy(), v.recordedByName(), v.correctionReason(),
                v.facts() == null ? null : SharingFactsBody.of(v.facts()), v.recommendation(), v.decision(), v.departsFromRecommendation());
    }
}

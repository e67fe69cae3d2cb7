package org.safeshare.consent.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * A dated, decision-specific assessment of whether the person can decide about sharing for one purpose.
 * Where capacity is lacking, the best-interests decision is recorded with it (Mental Capacity Act s4).
 */
public record CapacityAssessment(UUID id, CapacityRoute route, PurposeCategory purpose, String decision, LocalDate assessedOn,
        Set<CapacityRoute.Criterion> criteriaMet, String bestInterests, String assessedBy) {

    public CapacityAssessment {
        criteriaMet = criteriaMet == null ? Set.of() : Set.copyOf(criteriaMet);
    }

    /** Competent (Gillick) or has capacity (MCA) only if every criterion of the route is met. */
    public boolean capable() {
        return criteriaMet.containsAll(route.criteria());
    }
}

package org.safeshare.consent.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.safeshare.consent.domain.CapacityAssessment;
import org.safeshare.consent.domain.CapacityRoute;
import org.safeshare.consent.domain.Ground;
import org.safeshare.consent.domain.GroundToProceed;
import org.safeshare.consent.persistence.StoredConsentTerms.Names;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.platform.security.Role;

/**
 * Capacity assessments and grounds to proceed as stored in {@code capacity_assessment.assessment} and
 * {@code consent_ground.ground}: their own records, apart from the domain's, for the reason {@link StoredConsentTerms}
 * gives. Names are those written since the first version; a ground's approval is kept in its own table, so a stored
 * ground has never held one, but the two names stay readable.
 */
final class StoredCapacity {

    private StoredCapacity() {}

    record StoredAssessment(UUID id, String route, String purpose, String decision, LocalDate assessedOn, List<String> criteriaMet,
            String bestInterests, String assessedBy) {

        static StoredAssessment of(CapacityAssessment a) {
            return new StoredAssessment(a.id(), Names.name(a.route()), Names.name(a.purpose()), a.decision(), a.assessedOn(),
                    Names.names(a.criteriaMet()), a.bestInterests(), a.assessedBy());
        }

        CapacityAssessment assessment() {
            return new CapacityAssessment(id, Names.of(CapacityRoute.class, route), Names.of(PurposeCategory.class, purpose), decision,
                    assessedOn, Names.all(CapacityRoute.Criterion.class, criteriaMet), bestInterests, assessedBy);
        }
    }

    record StoredGround(UUID id, String ground, String harmForm, String purpose, UUID recipientOrganisation, String reasons,
            String decidedBy, LocalDate decidedOn, String approvalRole, String approvedBy, LocalDate approvedOn) {

        static StoredGround of(GroundToProceed g) {
            return new StoredGround(g.id(), Names.name(g.ground()), Names.name(g.harmForm()), Names.name(g.purpose()),
                    g.recipientOrganisation(), g.reasons(), g.decidedBy(), g.decidedOn(), Names.name(g.approvalRole()), g.approvedBy(),
                    g.approvedOn());
        }

        GroundToProceed groundToProceed() {
            return new GroundToProceed(id, Names.of(Ground.class, ground), Names.of(Ground.HarmForm.class, harmForm),
                    Names.of(PurposeCategory.class, purpose), recipientOrganisation, reasons, decidedBy, decidedOn,
                    Names.of(Role.class, approvalRole), approvedBy, approvedOn);
        }
    }
}

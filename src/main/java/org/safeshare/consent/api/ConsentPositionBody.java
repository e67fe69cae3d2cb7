package org.safeshare.consent.api;

import static org.safeshare.consent.api.ConsentValues.all;
import static org.safeshare.consent.api.ConsentValues.as;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.consent.api.ConsentValues.Criterion;
import org.safeshare.consent.api.ConsentValues.GroundKind;
import org.safeshare.consent.api.ConsentValues.HarmForm;
import org.safeshare.consent.api.ConsentValues.Purpose;
import org.safeshare.consent.api.ConsentValues.Route;
import org.safeshare.consent.api.ConsentValues.Status;
import org.safeshare.consent.api.ConsentValues.Who;
import org.safeshare.consent.domain.CapacityAssessment;
import org.safeshare.consent.domain.ConsentHistory;
import org.safeshare.consent.domain.ConsentPosition;
import org.safeshare.consent.domain.GroundToProceed;
import org.safeshare.consent.domain.WhoMayConsent;

/**
 * Where consent stands for a sharing, as the API spells it: its own record, with the fields and names the domain's
 * {@link ConsentPosition} was returned with before it had one (ADR 0022), so that renaming the domain's never renames the API's.
 */
@Schema(name = "ConsentPosition")
record ConsentPositionBody(Status status, WhoMayConsentBody whoMayConsent, Optional<History> consent, Optional<Ground> ground,
        String explanation) {

    static ConsentPositionBody of(ConsentPosition p) {
        return new ConsentPositionBody(as(Status.class, p.status()), WhoMayConsentBody.of(p.whoMayConsent()), p.consent().map(History::of),
                p.ground().map(Ground::of), p.explanation());
    }

    @Schema(name = "WhoMayConsent")
    record WhoMayConsentBody(Who who, String reason, Optional<Assessment> assessment) {

        static WhoMayConsentBody of(WhoMayConsent w) {
            return w == null ? null : new WhoMayConsentBody(as(Who.class, w.who()), w.reason(), w.assessment().map(Assessment::of));
        }
    }

    @Schema(name = "CapacityAssessment")
    record Assessment(UUID id, Route route, Purpose purpose, String decision, LocalDate assessedOn, Set<Criterion> criteriaMet,
            String bestInterests, String assessedBy) {

        static Assessment of(CapacityAssessment a) {
            return new Assessment(a.id(), as(Route.class, a.route()), as(Purpose.class, a.purpose()), a.decision(), a.assessedOn(),
                    all(Criterion.class, a.criteriaMet()), a.bestInterests(), a.assessedBy());
        }
    }

    /** The consent record the position rests on, as it now reads. */
    @Schema(name = "ConsentHistory")
    record History(UUID id, ConsentBodies.Terms terms, Instant recordedAt, Optional<ConsentBodies.Withdrawn> withdrawal) {

        static History of(ConsentHistory h) {
            return new History(h.id(), h.terms() == null ? null : ConsentBodies.Terms.of(h.terms()), h.recordedAt(),
                    h.withdrawal().map(ConsentBodies.Withdrawn::of));
        }
    }

    /** A ground in force to proceed without consent; approvalRole is the role that must approve it, when one must. */
    @Schema(name = "GroundToProceed")
    record Ground(UUID id, GroundKind ground, HarmForm harmForm, Purpose purpose, UUID recipientOrganisation, String reasons,
            String decidedBy, LocalDate decidedOn,
            @Schema(allowableValues = {"DESIGNATED_SAFEGUARDING_LEAD", "CALDICOTT_GUARDIAN"})
            String approvalRole, String approvedBy, LocalDate approvedOn) {

        static Ground of(GroundToProceed g) {
            return new Ground(g.id(), as(GroundKind.class, g.ground()), as(HarmForm.class, g.harmForm()), as(Purpose.class, g.purpose()),
                    g.recipientOrganisation(), g.reasons(), g.decidedBy(), g.decidedOn(),
                    g.approvalRole() == null ? null : g.approvalRole().name(), g.approvedBy(), g.approvedOn());
        }
    }
}

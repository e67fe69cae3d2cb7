package org.safeshare.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.organisations.SharingStanding;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The facts as a new decision is judged on them: under the version they name or the partnership's pinned one (2024 by
 * default), on their sharing date or today in England, and with the acting organisation as the sharer.
 */
@Component
class FactsAsAsked {

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final Organisations organisations;
    private final Clock clock;

    FactsAsAsked(Organisations organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The acting organisation as a sharer and its partnership's guidance, read once for a decision. */
    SharingStanding standing(Actor actor) {
        return organisations.standing(new OrganisationId(actor.organisationId())).orElseThrow();
    }

    static SharingFacts.Sharer sharer(SharingStanding organisation, boolean lawEnforcement) {
        return new SharingFacts.Sharer(lawEnforcement, organisation.publicAuthority(), organisation.coveredByDutyToShare());
    }

    /** Under the pinned guidance version when the facts name none, on today in England when they give no date. */
    SharingFacts pinnedAndDated(SharingStanding acting, SharingFacts facts) {
        SharingFacts pinned = facts.guidanceVersion() != null ? facts
                : facts.under("2018".equals(acting.guidanceVersion()) ? SharingFacts.GuidanceVersion.V2018 : SharingFacts.GuidanceVersion.V2024);
        return pinned.sharingDate() != null ? pinned : pinned.on(today());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ENGLAND));
    }
}

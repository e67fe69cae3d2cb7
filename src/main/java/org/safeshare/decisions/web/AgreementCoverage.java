package org.safeshare.decisions.web;

import java.util.Optional;
import org.safeshare.agreements.AgreedPurpose;
import org.safeshare.agreements.Agreement;
import org.safeshare.agreements.Agreements;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/** For the confirm page: whether the sharing about to be recorded is covered by an information sharing agreement. */
@Component
class AgreementCoverage {

    private final Agreements agreements;

    AgreementCoverage(Agreements agreements) {
        this.agreements = agreements;
    }

    /** Empty unless the draft shares with a chosen organisation for a known purpose. */
    Optional<View> of(Actor actor, DecisionDraft draft) {
        String recipient = draft.decision.get("recipientOrganisationId");
        String purpose = draft.single(Questions.PURPOSE);
        if (!"SHARE".equals(draft.decision.get("choice")) || recipient == null || recipient.isBlank() || purpose == null) {
            return Optional.empty();
        }
        try {
            Optional<Agreement> covering = agreements.covering(new OrganisationId(actor.organisationId()), OrganisationId.of(recipient),
                    AgreedPurpose.valueOf(purpose), agreements.today());
            return Optional.of(new View(covering.map(Agreement::title).orElse(null), covering.map(a -> a.id().toString()).orElse(null)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The covering agreement's title and id, or nulls when the sharing is outside any agreement. */
    record View(String title, String id) {
        public boolean covered() {
            return title != null;
        }
    }
}

package org.safeshare.decisions.web;

import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Journeys in progress live in the session (stored in PostgreSQL); an unknown journey is "not found". A finished
 * journey leaves the id of the decision it recorded, so "Back" from the record shows the record, not an error page.
 * Each change is set again so the session store writes it. The session holds the person's
 * id only, never their name: a page that shows the name reads it through the guarded, audited read.
 */
@Component
final class Drafts {

    private static final String PREFIX = "safeshare.decisionDraft.";
    private static final String RECORDED = "safeshare.decisionRecorded.";

    private final People people;

    Drafts(People people) {
        this.people = people;
    }

    DecisionDraft get(HttpSession session, String flowId) {
        Object draft = session.getAttribute(PREFIX + flowId);
        if (draft instanceof DecisionDraft found) {
            if (found.personId != null
                    && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof Actor actor) {
                found.nameFrom(() -> people.view(actor, new PersonId(found.personId)).person().displayName());
            }
            return found;
        }
        if (session.getAttribute(RECORDED + flowId) instanceof UUID recorded) {
            throw new FinishedJourney(recorded);
        }
        throw new NotFoundException("Decision journey");
    }

    static void save(HttpSession session, DecisionDraft draft) {
        session.setAttribute(PREFIX + draft.flowId, draft);
    }

    static void finish(HttpSession session, DecisionDraft draft, UUID recorded) {
        session.removeAttribute(PREFIX + draft.flowId);
        session.setAttribute(RECORDED + draft.flowId, recorded);
    }

    /** A page of a journey whose decision is recorded was asked for again: the answer is the record. */
    static final class FinishedJourney extends RuntimeException {

        private final UUID recorded;

        FinishedJourney(UUID recorded) {
            super("Decision journey finished", null, false, false);
            this.recorded = recorded;
        }

        UUID recorded() {
            return recorded;
        }
    }
}

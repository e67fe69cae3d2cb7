package org.safeshare.decisions.web;

import jakarta.servlet.http.HttpSession;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Journeys in progress live in the session (stored in PostgreSQL); an unknown or finished journey is
 * "not found". Each change is set again so the session store writes it. The session holds the person's
 * id only, never their name: a page that shows the name reads it through the guarded, audited read.
 */
@Component
final class Drafts {

    private static final String PREFIX = "safeshare.decisionDraft.";

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
        throw new NotFoundException("Decision journey");
    }

    static void save(HttpSession session, DecisionDraft draft) {
        session.setAttribute(PREFIX + draft.flowId, draft);
    }

    static void finish(HttpSession session, DecisionDraft draft) {
        session.removeAttribute(PREFIX + draft.flowId);
    }
}

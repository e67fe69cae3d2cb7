package org.safeshare.decisions.web;

import jakarta.servlet.http.HttpSession;
import org.safeshare.platform.NotFoundException;

/**
 * Journeys in progress live in the session (stored in PostgreSQL); an unknown or finished journey is
 * "not found". Each change is set again so the session store writes it.
 */
final class Drafts {

    private static final String PREFIX = "safeshare.decisionDraft.";

    private Drafts() {}

    static DecisionDraft get(HttpSession session, String flowId) {
        Object draft = session.getAttribute(PREFIX + flowId);
        if (draft instanceof DecisionDraft found) {
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

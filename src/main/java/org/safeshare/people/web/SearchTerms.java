package org.safeshare.people.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Search terms (names, NHS numbers, dates of birth) kept in the session under a random id, so the
 * results page's address carries only the id: terms in an address reach access logs, proxies and
 * browser history. The last few searches are kept, so the back button and "add a new person" work.
 */
final class SearchTerms implements Serializable {

    private static final String ATTRIBUTE = "people.searchTerms";
    private static final int KEPT = 10;

    private final LinkedHashMap<String, String> terms = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    /** Keeps the terms and answers the id to put in the address instead. */
    static String keep(HttpSession session, String query) {
        SearchTerms kept = of(session);
        String id = UUID.randomUUID().toString();
        kept.terms.put(id, query);
        // Set again so the JDBC session store writes the change.
        session.setAttribute(ATTRIBUTE, kept);
        return id;
    }

    static Optional<String> find(HttpSession session, String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.ofNullable(of(session).terms.get(id));
    }

    private static SearchTerms of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof SearchTerms kept ? kept : new SearchTerms();
    }
}

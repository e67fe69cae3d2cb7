package org.safeshare.people.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.safeshare.people.People;
import org.safeshare.people.PersonSearch;
import org.safeshare.people.PersonSummary;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Find a person in your own organisation's records; search comes before adding, to avoid duplicates.
 * The terms are posted and kept in the session ({@link SearchTerms}); the results page is reached by a
 * redirect whose address holds only a search id, never a name, NHS number or date of birth.
 */
@Controller
class SearchPage {

    private final People people;

    SearchPage(People people) {
        this.people = people;
    }

    @GetMapping("/people")
    String search(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String search, HttpSession session,
            Model model) {
        people.requireWorksWithPeople(actor);
        String query = SearchTerms.find(session, search).orElse("");
        List<PersonSummary> results = query.isEmpty() ? List.of() : people.search(actor, PersonSearch.of(query));
        model.addAttribute("q", query);
        model.addAttribute("searchId", query.isEmpty() ? null : search);
        model.addAttribute("searched", !query.isEmpty());
        model.addAttribute("results", results);
        model.addAttribute("limit", People.SEARCH_LIMIT);
        model.addAttribute("errors", FormErrors.none());
        return "people/search";
    }

    @PostMapping("/people")
    String find(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String q, HttpSession session) {
        people.requireWorksWithPeople(actor);
        String query = q.trim();
        return query.isEmpty() ? "redirect:/people" : "redirect:/people?search=" + SearchTerms.keep(session, query);
    }
}

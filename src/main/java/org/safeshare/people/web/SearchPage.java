package org.safeshare.people.web;

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
import org.springframework.web.bind.annotation.RequestParam;

/** Find a person in your own organisation's records; search comes before adding, to avoid duplicates. */
@Controller
class SearchPage {

    private final People people;

    SearchPage(People people) {
        this.people = people;
    }

    @GetMapping("/people")
    String search(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String q, Model model) {
        String query = q.trim();
        List<PersonSummary> results = people.search(actor, PersonSearch.of(query));
        model.addAttribute("q", query);
        model.addAttribute("searched", !query.isEmpty());
        model.addAttribute("results", results);
        model.addAttribute("limit", People.SEARCH_LIMIT);
        model.addAttribute("errors", FormErrors.none());
        return "people/search";
    }
}

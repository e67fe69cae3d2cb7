package org.safeshare.matching.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeshare.matching.ClericalReview;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;

/** The clerical review queue: each proposed pair with its reasons, confirmed or rejected with a reason. */
@Controller
@RecordForms.Bound
class ReviewPages {

    private final ClericalReview review;

    ReviewPages(ClericalReview review) {
        this.review = review;
    }

    @GetMapping("/matching/review")
    String queue(@AuthenticationPrincipal Actor actor, Model model) {
        return show(actor, model, null, FormErrors.none(), Map.of());
    }

    /** Each pair's fields carry its id on the page: the form binds those of the pair in the path, and no other. */
    @InitBinder("reviewForm")
    void thePairsOwnFields(WebDataBinder binder, @PathVariable String id) {
        binder.setNameResolver(parameter -> parameter.getParameterName() + "-" + id);
    }

    @PostMapping("/matching/review/{id}")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute ReviewForm form, Model model) {
        UUID pair = parse(id);
        if (!form.answered()) {
            review.queue(actor); // the same refusal for someone who may not review
            return show(actor, model, pair, FormErrors.none().add("decision-" + pair, "Select whether these records are the same child"),
                    Map.of("reason", form.reasonOrEmpty()));
        }
        return switch (review.decide(actor, pair, "same".equals(form.decision()), form.reason())) {
            case ClericalReview.ReviewDecision.Decided decided -> "redirect:/matching/review?decided";
            case ClericalReview.ReviewDecision.Refused refused -> show(actor, model, pair,
                    FormErrors.none().add(refused.field() + "-" + pair, refused.message()),
                    Map.of("decision", form.decision(), "reason", form.reasonOrEmpty()));
        };
    }

    private String show(Actor actor, Model model, UUID failed, FormErrors errors, Map<String, String> posted) {
        model.addAttribute("proposals", review.queue(actor));
        model.addAttribute("failed", failed == null ? "" : failed.toString());
        model.addAttribute("errors", errors);
        model.addAttribute("postedDecision", posted.containsKey("decision") ? List.of(posted.get("decision")) : List.of());
        model.addAttribute("postedReason", posted.getOrDefault("reason", ""));
        model.addAttribute("decisions", List.of(new HolderPages.Choice("same", "The same child: link the records"),
                new HolderPages.Choice("different", "Different children: never propose this pair again")));
        return "matching/review";
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Proposed link");
        }
    }
}

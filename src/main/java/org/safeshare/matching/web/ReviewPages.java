package org.safeshare.matching.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeshare.matching.ClericalReview;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The clerical review queue: each proposed pair with its reasons, confirmed or rejected with a reason. */
@Controller
class ReviewPages {

    private final ClericalReview review;

    ReviewPages(ClericalReview review) {
        this.review = review;
    }

    @GetMapping("/matching/review")
    String queue(@AuthenticationPrincipal Actor actor, Model model) {
        return show(actor, model, null, FormErrors.none(), Map.of());
    }

    @PostMapping("/matching/review/{id}")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        UUID pair = parse(id);
        // Each pair's fields carry its id, so that the error summary links to the right pair's field.
        String decision = form.getFirst("decision-" + pair);
        String reason = form.getFirst("reason-" + pair);
        if (!"same".equals(decision) && !"different".equals(decision)) {
            review.queue(actor); // the same refusal for someone who may not review
            return show(actor, model, pair, FormErrors.none().add("decision-" + pair, "Select whether these records are the same child"),
                    Map.of("reason", reason == null ? "" : reason));
        }
        return switch (review.decide(actor, pair, "same".equals(decision), reason)) {
            case ClericalReview.ReviewDecision.Decided decided -> "redirect:/matching/review?decided";
            case ClericalReview.ReviewDecision.Refused refused -> show(actor, model, pair,
                    FormErrors.none().add(refused.field() + "-" + pair, refused.message()), Map.of("decision", decision, "reason", reason == null ? "" : reason));
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

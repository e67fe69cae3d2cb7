package org.safeshare.matching.web;

import org.safeshare.matching.LinkThresholds;
import org.safeshare.matching.domain.Thresholds;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnership's record linkage thresholds: where records are linked, and where a person decides. The partnership
 * administrator sets them; an information governance lead reads them.
 */
@Controller
class ThresholdPages {

    private final LinkThresholds thresholds;

    ThresholdPages(LinkThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping("/matching/thresholds")
    String show(@AuthenticationPrincipal Actor actor, Model model) {
        Thresholds current = thresholds.current(actor);
        return form(actor, model, Double.toString(current.link()), Double.toString(current.review()), FormErrors.none());
    }

    @PostMapping("/matching/thresholds")
    String set(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String link, @RequestParam(required = false) String review,
            Model model) {
        return switch (thresholds.set(actor, link, review)) {
            case LinkThresholds.ThresholdChange.Saved saved -> "redirect:/matching/thresholds?saved";
            case LinkThresholds.ThresholdChange.Refused refused -> {
                FormErrors errors = FormErrors.none();
                for (LinkThresholds.Problem problem : refused.problems()) {
                    errors = errors.add(problem.field(), problem.message());
                }
                yield form(actor, model, link, review, errors);
            }
        };
    }

    private String form(Actor actor, Model model, String link, String review, FormErrors errors) {
        model.addAttribute("rescoring", thresholds.rescoring(actor));
        model.addAttribute("link", link);
        model.addAttribute("review", review);
        model.addAttribute("errors", errors);
        model.addAttribute("maySet", LinkThresholds.sets(actor));
        return "matching/thresholds";
    }
}

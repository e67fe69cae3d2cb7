package org.safeshare.agreements.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeshare.agreements.Agreements;
import org.safeshare.agreements.OutsideAgreementReviews;
import org.safeshare.agreements.OutsideReview;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The IG lead marking a sharing outside any agreement reviewed, from the list of such sharing. */
@Controller
class OutsideReviewPages {

    private final OutsideAgreementReviews reviews;
    private final Agreements agreements;

    OutsideReviewPages(OutsideAgreementReviews reviews, Agreements agreements) {
        this.reviews = reviews;
        this.agreements = agreements;
    }

    @PostMapping("/agreements/outside/{decision}/review")
    String review(@AuthenticationPrincipal Actor actor, @PathVariable String decision, @RequestParam(defaultValue = "") String note,
            Model model) {
        UUID id = uuid(decision);
        return switch (reviews.markReviewed(actor, id, note)) {
            case OutsideReview.Done done -> "redirect:/agreements/outside?reviewed";
            case OutsideReview.AlreadyReviewed already -> "redirect:/agreements/outside?alreadyReviewed";
            case OutsideReview.Refused refused -> page(model, actor, agreements.outsideAgreements(actor),
                    FormErrors.none().add("note-" + id, refused.message()), Map.of(id.toString(), note));
        };
    }

    /** The list page; {@code notes} keeps a refused note as typed. */
    static String page(Model model, Actor actor, List<Agreements.SharingOutsideAgreement> sharings, FormErrors errors,
            Map<String, String> notes) {
        model.addAttribute("sharings", sharings);
        model.addAttribute("mayReview", actor.has(Role.INFORMATION_GOVERNANCE_LEAD));
        model.addAttribute("errors", errors);
        model.addAttribute("notes", notes);
        return "agreements/outside";
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Sharing outside any agreement");
        }
    }
}

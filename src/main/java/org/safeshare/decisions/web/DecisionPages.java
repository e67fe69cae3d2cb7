package org.safeshare.decisions.web;

import org.safeshare.decisions.DecisionChange;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.DecisionRecord;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.DecisionVersion;
import org.safeshare.decisions.Decisions;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.platform.web.RecordForms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A decision record with its history, corrections, and the decisions shared with the user's organisation. */
@Controller
@RecordForms.Bound
class DecisionPages {

    private final Decisions decisions;
    private final Organisations organisations;

    DecisionPages(Decisions decisions, Organisations organisations) {
        this.decisions = decisions;
        this.organisations = organisations;
    }

    @GetMapping("/decisions")
    String shared(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("decisions", decisions.sharedWithMyOrganisation(actor));
        return "decisions/shared-with-us";
    }

    @GetMapping("/decisions/{id}")
    String decision(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        DecisionRecord record = decisions.view(actor, decisionId(id));
        model.addAttribute("record", record);
        model.addAttribute("current", record.current());
        model.addAttribute("recipient", recipient(record.current()));
        model.addAttribute("ours", record.organisationId().equals(actor.organisationId()));
        model.addAttribute("about", decisions.about(actor, record).orElse(null));
        return "decisions/decision";
    }

    @GetMapping("/decisions/{id}/correct")
    String correctPage(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        DecisionRecord record = ours(actor, id);
        DecisionTaken d = record.current().decision();
        return correction(model, record, d.reasons(), d.purpose(), d.recipientPersonOrRole(), "", FormErrors.none());
    }

    /** Corrects the free-text parts of the record; the answers and recommendation stay as they were. */
    @PostMapping("/decisions/{id}/correct")
    String correct(@AuthenticationPrincipal Actor actor, @PathVariable String id, @ModelAttribute CorrectionForm form, Model model) {
        DecisionRecord record = ours(actor, id);
        DecisionVersion current = record.current();
        DecisionTaken d = current.decision();
        boolean share = d.choice() == DecisionTaken.Choice.SHARE;
        DecisionTaken corrected = new DecisionTaken(d.choice(), form.reasons(), d.departureReason(),
                share ? form.purpose() : d.purpose(), d.recipientOrganisationId(),
                share ? form.recipientPersonOrRole() : d.recipientPersonOrRole(), d.information(), d.method(), d.sharedAt(),
                d.subjectInformed(), d.notInformedReason(), d.consentNotSoughtReason(), d.discussedWithRequester(), d.advice(),
                d.consentRecordId()).withJustification(d.legitimateInterests(), d.moreDetrimentalReason());
        DecisionChange change = decisions.correct(actor, record.id(), current.facts(), corrected, form.correctionReason());
        if (change instanceof DecisionChange.Recorded) {
            return "redirect:/decisions/" + record.id() + "?corrected=true";
        }
        FormErrors errors = FormErrors.none();
        ((DecisionChange.Refused) change).problems().forEach((k, v) -> errors.add(DecisionForm.field(k), v));
        return correction(model, record, form.reasons(), form.purpose(), form.recipientPersonOrRole(), form.correctionReason(),
                errors.inOrder(CorrectionForm.ORDER));
    }

    private String correction(Model model, DecisionRecord record, String reasons, String purpose, String recipientPersonOrRole,
            String correctionReason, FormErrors errors) {
        model.addAttribute("record", record);
        model.addAttribute("share", record.current().decision().choice() == DecisionTaken.Choice.SHARE);
        model.addAttribute("reasons", reasons);
        model.addAttribute("purpose", purpose);
        model.addAttribute("recipientPersonOrRole", recipientPersonOrRole);
        model.addAttribute("correctionReason", correctionReason);
        model.addAttribute("errors", errors);
        return "decisions/correct";
    }

    private DecisionRecord ours(Actor actor, String id) {
        DecisionRecord record = decisions.view(actor, decisionId(id));
        if (!record.organisationId().equals(actor.organisationId())) {
            throw new NotFoundException("Decision");
        }
        return record;
    }

    private String recipient(DecisionVersion version) {
        return version.decision().recipientOrganisationId() == null ? null
                : organisations.find(new OrganisationId(version.decision().recipientOrganisationId())).map(o -> o.name()).orElse(null);
    }

    static DecisionId decisionId(String id) {
        return DecisionId.parse(id).orElseThrow(() -> new NotFoundException("Decision"));
    }
}

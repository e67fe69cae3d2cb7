package org.safeshare.audit.web;

import java.util.UUID;
import org.safeshare.audit.AuditAlerts;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The DSL's list of outside views of their organisation's records made with a justification, to review and acknowledge. */
@Controller
class AlertPages {

    private final AuditAlerts alerts;
    private final Organisations organisations;

    AlertPages(AuditAlerts alerts, Organisations organisations) {
        this.alerts = alerts;
        this.organisations = organisations;
    }

    @GetMapping("/audit/alerts")
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("alerts", alerts.open(actor).stream().map(a -> new AlertRow(a.id(), a.personId(),
                organisations.find(new OrganisationId(a.actorOrganisationId())).map(o -> o.name()).orElse(""), a.action().label(),
                a.purpose(), AuditPages.shown(a.occurredAt()))).toList());
        return "audit/alerts";
    }

    @PostMapping("/audit/alerts/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        alerts.acknowledge(actor, NotFoundException.idOf(id, "Alert"));
        return "redirect:/audit/alerts?acknowledged=true";
    }

    /** An alert as the page shows it. */
    record AlertRow(UUID id, UUID personId, String fromOrganisation, String action, String purpose, String when) {}
}

package org.safeshare.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.safeshare.accounts.security.AccountSecurityProperties;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user's shell (partnership name, navigation for their roles) on every page. */
@ControllerAdvice
class ShellAdvice {

    private final Organisations organisations;
    private final Duration sessionTimeout;
    private final Duration warningBefore;

    ShellAdvice(Organisations organisations, AccountSecurityProperties properties,
            @Value("${spring.session.timeout}") Duration sessionTimeout) {
        this.organisations = organisations;
        this.sessionTimeout = sessionTimeout;
        this.warningBefore = properties.idleWarningBefore();
    }

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Actor actor) || actor.kind() != Actor.Kind.USER) {
            return Shell.anonymous();
        }
        Organisations.HeaderNames names = organisations.headerNames(new OrganisationId(actor.organisationId()))
                .orElse(new Organisations.HeaderNames("", "Safeshare"));
        return new Shell(true, names.partnership(), actor.displayName(), names.organisation(), navigation(actor, request.getRequestURI()),
                sessionTimeout.toSeconds(), Math.min(warningBefore.toSeconds(), sessionTimeout.toSeconds() / 2));
    }

    private static List<Shell.NavigationItem> navigation(Actor actor, String path) {
        List<Shell.NavigationItem> items = new ArrayList<>();
        items.add(new Shell.NavigationItem("Home", "/", path.equals("/")));
        if (actor.worksWithPeople()) {
            items.add(new Shell.NavigationItem("People", "/people", path.startsWith("/people")));
        }
        if (actor.worksWithPeople()) {
            items.add(new Shell.NavigationItem("Shared with us", "/decisions", path.equals("/decisions")));
            items.add(new Shell.NavigationItem("Consent", "/consents/due", path.startsWith("/consents")));
            items.add(new Shell.NavigationItem("Requests", "/exchange/inbox", path.startsWith("/exchange")));
            items.add(new Shell.NavigationItem("Disclosures", "/disclosures", path.startsWith("/disclosures")));
        }
        if (actor.has(Role.DESIGNATED_SAFEGUARDING_LEAD) || actor.has(Role.INFORMATION_GOVERNANCE_LEAD)
                || actor.has(Role.CALDICOTT_GUARDIAN)) {
            items.add(new Shell.NavigationItem("Advice", "/advice", path.startsWith("/advice")));
        }
        items.add(new Shell.NavigationItem("Organisations", "/organisations", path.startsWith("/organisations")));
        if (actor.has(Role.ORGANISATION_ADMINISTRATOR)) {
            items.add(new Shell.NavigationItem("Users", "/organisation/users", path.startsWith("/organisation/users")));
        }
        items.add(new Shell.NavigationItem("Your account", "/account", path.startsWith("/account")));
        return items;
    }
}

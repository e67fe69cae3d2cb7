package org.safeshare.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEntry;
import org.safeshare.audit.AuditSearch;
import org.safeshare.audit.AuditTrail;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.platform.web.RecordForms;
import org.safeshare.platform.web.FormErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Who viewed or changed a person's record, a user's activity, and the partnership auditor's search with CSV export. */
@Controller
@RecordForms.Bound
class AuditPages {

    static String shown(java.time.Instant at) {
        return org.safeshare.platform.web.LondonDates.toTheSecond(at);
    }
    private final AuditTrail trail;
    private final Organisations organisations;

    AuditPages(AuditTrail trail, Organisations organisations) {
        this.trail = trail;
        this.organisations = organisations;
    }

    @GetMapping("/audit/people/{id}")
    String person(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        List<AuditEntry> events = trail.aboutPerson(actor, uuid(id).orElseThrow(() -> new NotFoundException("Person")));
        model.addAttribute("personId", id);
        return show(actor, model, events, "audit/person");
    }

    @GetMapping("/audit/users/{id}")
    String user(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        AuditTrail.UserActivity activity = trail.ofUser(actor, uuid(id).orElseThrow(() -> new NotFoundException("User")));
        model.addAttribute("user", activity.user());
        return show(actor, model, activity.events(), "audit/user");
    }

    @GetMapping("/audit/search")
    String search(@AuthenticationPrincipal Actor actor, AuditSearchForm form, Model model) {
        FormErrors errors = FormErrors.none();
        AuditSearch search = parse(form.given(), errors);
        boolean partnershipWide = actor.has(Role.PARTNERSHIP_AUDITOR);
        model.addAttribute("form", form.given());
        model.addAttribute("errors", errors);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("searched", !form.isEmpty() && errors.isEmpty());
        model.addAttribute("query", form.query());
        List<AuditEntry> events = form.isEmpty() || errors.any() ? List.of() : trail.search(actor, search, false);
        trail.requireAuditor(actor);
        model.addAttribute("partnershipWide", partnershipWide);
        List<Organisation> directory = organisations.directory(actor);
        show(model, events, directory);
        // An organisation's auditor searches only their own organisation: offer no other.
        model.addAttribute("organisations", directory.stream()
                .filter(o -> partnershipWide || o.id().value().equals(actor.organisationId())).toList());
        return "audit/search";
    }

    @GetMapping(value = "/audit/search.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal Actor actor, AuditSearchForm posted) {
        Map<String, String> form = posted.given();
        FormErrors errors = FormErrors.none();
        AuditSearch search = parse(form, errors);
        if (errors.any()) {
            search = AuditSearch.everything();
        }
        String body = AuditCsv.of(trail.search(actor, search, true));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"").body(body);
    }

    private String show(Actor actor, Model model, List<AuditEntry> events, String view) {
        List<Organisation> directory = organisations.directory(actor);
        show(model, events, directory);
        model.addAttribute("organisations", directory);
        return view;
    }

    private static void show(Model model, List<AuditEntry> events, List<Organisation> directory) {
        Map<UUID, String> names = directory.stream().collect(Collectors.toMap(o -> o.id().value(), Organisation::name));
        model.addAttribute("events", events.stream().map(e -> AuditRow.of(e, names)).toList());
        model.addAttribute("limit", AuditTrail.LIMIT);
    }

    private static AuditSearch parse(Map<String, String> form, FormErrors errors) {
        return new AuditSearch(field(form, "person", AuditPages::uuid, errors, "Enter a person id in the form shown on their record"),
                field(form, "user", AuditPages::uuid, errors, "Enter a user id in the form shown on their account"),
                field(form, "organisation", AuditPages::uuid, errors, "Select an organisation"),
                field(form, "action", a -> Arrays.stream(AuditAction.values()).filter(x -> x.name().equals(a)).findFirst(), errors,
                        "Select an action"),
                field(form, "from", AuditPages::date, errors, "Enter the from date as year-month-day, for example 2026-03-27"),
                field(form, "to", AuditPages::date, errors, "Enter the to date as year-month-day, for example 2026-03-27"));
    }

    private static <T> Optional<T> field(Map<String, String> form, String name, Function<String, Optional<T>> parser, FormErrors errors,
            String message) {
        String value = form.getOrDefault(name, "").trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            errors.add(name, message);
        }
        return parsed;
    }

    static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package org.safeshare.disclosures.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.safeshare.disclosures.DisclosureChange;
import org.safeshare.disclosures.SharingOutside;
import org.safeshare.disclosures.domain.OutsideMethod;
import org.safeshare.disclosures.domain.OutsideSharing;
import org.safeshare.disclosures.persistence.OutsideSharingRepository;
import org.safeshare.people.PersonId;
import org.safeshare.platform.InvalidRequestException;
import org.safeshare.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sharing that happened outside Safeshare, recorded by a partner system under its organisation's decision to share, with
 * the checks of its method (HM Government information sharing advice 2018, golden rule 6). Read back by the recording
 * organisation only; to anyone else "not found".
 */
@RestController
@Tag(name = "Sharing outside Safeshare", description = "Telephone, meeting, letter or secure email sharing recorded with its checks")
class SharingOutsideApi {

    private final SharingOutside sharing;

    SharingOutsideApi(SharingOutside sharing) {
        this.sharing = sharing;
    }

    /** How it was shared, in the API's own words (ADR 0022): the domain's may be renamed, these only with a new API version. */
    enum Method { TELEPHONE, MEETING, LETTER, SECURE_EMAIL }

    /** The checks made; only those of the method used are read. */
    record ChecksJson(Boolean calledBackKnownNumber, Boolean identityChecked, Boolean entitlementChecked, List<String> attendees,
            Boolean allNeedToKnow, Boolean addressDoubleChecked, Boolean receiptConfirmed, Boolean bothEndsSecure) {}

    /** The body of {@code POST /api/v1/people/{id}/sharing-outside}. */
    record NewSharingJson(UUID decisionId, Method method, LocalDate sharedOn, ChecksJson checks, String notes) {

        OutsideSharing command() {
            ChecksJson c = checks == null ? new ChecksJson(null, null, null, null, null, null, null, null) : checks;
            if (c.attendees() != null && c.attendees().stream().anyMatch(java.util.Objects::isNull)) {
                throw new InvalidRequestException(List.of(new InvalidRequestException.FieldProblem("checks.attendees",
                        "Send each attendee as text, not null")));
            }
            return new OutsideSharing(decisionId, method == null ? null : OutsideMethod.valueOf(method.name()), sharedOn, yes(c.calledBackKnownNumber()), yes(c.identityChecked()),
                    yes(c.entitlementChecked()), c.attendees(), yes(c.allNeedToKnow()), yes(c.addressDoubleChecked()),
                    yes(c.receiptConfirmed()), yes(c.bothEndsSecure()), notes);
        }

        private static boolean yes(Boolean b) {
            return Boolean.TRUE.equals(b);
        }
    }

    /** A record as the recording organisation reads it. */
    record SharingJson(UUID id, UUID personId, UUID decisionId, Method method, LocalDate sharedOn, ChecksJson checks, String notes,
            String recordedBy, Instant recordedAt) {

        static SharingJson of(OutsideSharingRepository.Stored s) {
            OutsideSharing o = s.sharing();
            return new SharingJson(s.id(), s.personId(), o.decisionId(), o.method() == null ? null : Method.valueOf(o.method().name()), o.sharedOn(), new ChecksJson(o.calledBackKnownNumber(),
                    o.identityChecked(), o.entitlementChecked(), o.attendees(), o.allNeedToKnow(), o.addressDoubleChecked(),
                    o.receiptConfirmed(), o.bothEndsSecure()), o.notes(), s.recordedByName(), s.recordedAt());
        }
    }

    @PostMapping("/api/v1/people/{personId}/sharing-outside")
    @Operation(summary = "Record a sharing that happened outside Safeshare under a decision to share, with its method's checks: "
            + "TELEPHONE (calledBackKnownNumber, identityChecked, entitlementChecked), MEETING (attendees, allNeedToKnow), "
            + "LETTER (addressDoubleChecked, receiptConfirmed) or SECURE_EMAIL (bothEndsSecure)")
    ResponseEntity<SharingJson> record(@AuthenticationPrincipal Actor actor, @PathVariable UUID personId, @RequestBody NewSharingJson body) {
        UUID id = switch (sharing.record(actor, new PersonId(personId), body.command())) {
            case DisclosureChange.Done done -> done.id().value();
            case DisclosureChange.Refused refused -> throw new InvalidRequestException(refused.problems().stream()
                    .map(p -> new InvalidRequestException.FieldProblem(field(p.field()), p.message())).toList());
        };
        return ResponseEntity.created(URI.create("/api/v1/sharing-outside/" + id)).body(SharingJson.of(sharing.view(actor, id)));
    }

    @GetMapping("/api/v1/sharing-outside/{id}")
    @Operation(summary = "A record of sharing outside Safeshare, for the organisation that recorded it")
    SharingJson read(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return SharingJson.of(sharing.view(actor, id));
    }

    /** The facade names checks as the page's fields; the API nests them under {@code checks}. */
    static String field(String facadeField) {
        return switch (facadeField) {
            case "decisionId", "method", "sharedOn", "notes" -> facadeField;
            case "telephoneChecks" -> "checks";
            default -> "checks." + facadeField;
        };
    }
}

package org.safeshare.exchange.api;

import static org.safeshare.platform.web.SameName.as;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.exchange.AnswerItem;
import org.safeshare.exchange.InformationRequest;
import org.safeshare.exchange.RequestList;
import org.safeshare.exchange.RequestPart;
import org.safeshare.exchange.RequestRow;
import org.safeshare.exchange.api.RequestValues.AnswerKind;
import org.safeshare.exchange.api.RequestValues.Purpose;
import org.safeshare.exchange.api.RequestValues.Status;
import org.safeshare.exchange.api.RequestValues.SubjectKind;
import org.safeshare.exchange.api.RequestValues.Urgency;
import org.safeshare.people.PersonIdentity;

/**
 * What the information request API returns: its own records with plain values, apart from the domain's, so that
 * renaming a domain field never renames a field of the API (ADR 0022). The fields are those returned since the first
 * version, but for the subject's id and NHS number: plain strings, where the domain types leaked {"value": ...}.
 */
final class RequestBodies {

    private RequestBodies() {}

    @Schema(name = "InformationRequest")
    record Request(UUID id, UUID requestingOrganisationId, String requestingOrganisationName, UUID requestedBy, String requestedByName,
            UUID personId, Optional<Subject> subject, SubjectKind subjectKind, Optional<Integer> subjectAgeYears, Purpose purposeCategory,
            String purpose, String lawfulBasis, boolean fromPublicAuthority, boolean statesPublicTask, Urgency urgency, Instant sentAt,
            List<String> questions, List<Part> parts) {

        static Request of(InformationRequest r) {
            return new Request(r.id().value(), r.requestingOrganisationId(), r.requestingOrganisationName(), r.requestedBy(),
                    r.requestedByName(), r.personId(), r.subject().map(Subject::of), as(SubjectKind.class, r.subjectKind()),
                    r.subjectAgeYears(), as(Purpose.class, r.purposeCategory()), r.purpose(), r.lawfulBasis(), r.fromPublicAuthority(),
                    r.statesPublicTask(), as(Urgency.class, r.urgency()), r.sentAt(), r.questions(), r.parts().stream().map(Part::of).toList());
        }
    }

    /** Whom a request is about, as far as the reader may know: the id of the reader's view of the person, a UUID. */
    @Schema(name = "PersonIdentity")
    record Subject(UUID id, String name, Optional<LocalDate> dateOfBirth, Optional<LocalDate> expectedDateOfDelivery,
            @Schema(description = "Ten digits", example = "9990000018") Optional<String> nhsNumber) {

        static Subject of(PersonIdentity p) {
            return new Subject(p.id().value(), p.name(), p.dateOfBirth(), p.expectedDateOfDelivery(), p.nhsNumber().map(n -> n.value()));
        }
    }

    @Schema(name = "RequestPart")
    record Part(UUID id, UUID organisationId, String organisationName, Optional<UUID> namedUserId, Optional<UUID> teamId, Urgency urgency,
            Instant dueAt, Status status, Optional<Instant> escalatedAt, Optional<Instant> respondedAt, Optional<String> respondedByName,
            Optional<UUID> decisionId, Optional<String> declineReasons, List<Answer> answers, Optional<UUID> disclosureId) {

        static Part of(RequestPart p) {
            return new Part(p.id(), p.organisationId(), p.organisationName(), p.namedUserId(), p.teamId(), as(Urgency.class, p.urgency()),
                    p.dueAt(), as(Status.class, p.status()), p.escalatedAt(), p.respondedAt(), p.respondedByName(), p.decisionId(),
                    p.declineReasons(), p.answers().stream().map(Answer::of).toList(), p.disclosureId());
        }
    }

    @Schema(name = "AnswerItem")
    record Answer(Integer question, String answer, AnswerKind kind, String source) {

        static Answer of(AnswerItem a) {
            return new Answer(a.question(), a.answer(), as(AnswerKind.class, a.kind()), a.source());
        }

        AnswerItem item() {
            return new AnswerItem(question, answer, as(AnswerItem.Kind.class, kind), source);
        }
    }

    @Schema(name = "RequestList")
    record Inbox(List<Row> rows, int page, boolean hasMore, Map<Urgency, Counts> open) {

        static Inbox of(RequestList l) {
            return new Inbox(l.rows().stream().map(Row::of).toList(), l.page(), l.hasMore(), l.open().entrySet().stream()
                    .collect(Collectors.toMap(e -> as(Urgency.class, e.getKey()), e -> new Counts(e.getValue().open(), e.getValue().overdue()))));
        }
    }

    @Schema(name = "Counts")
    record Counts(int open, int overdue) {}

    @Schema(name = "RequestRow")
    record Row(UUID requestId, UUID partId, UUID otherOrganisationId, String otherOrganisationName, Optional<Subject> subject,
            Urgency urgency, Instant sentAt, Instant dueAt, Status status, boolean overdue) {

        static Row of(RequestRow r) {
            return new Row(r.requestId().value(), r.partId(), r.otherOrganisationId(), r.otherOrganisationName(), r.subject().map(Subject::of),
                    as(Urgency.class, r.urgency()), r.sentAt(), r.dueAt(), as(Status.class, r.status()), r.overdue());
        }
    }
}

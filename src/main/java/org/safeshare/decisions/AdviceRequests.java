package org.safeshare.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeshare.decisions.DecisionTaken.AdviserRole;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.decisions.persistence.AdviceRepository;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Seek advice if in doubt, without disclosing the identity of the person where possible" (golden
 * rule 3, 2018; rule 4, 2024). A request carries the answers and a question, never the person's id;
 * it is visible to the practitioner who asked and to holders of the adviser role in their organisation.
 */
@Service
@Transactional(readOnly = true)
public class AdviceRequests {

    private final AdviceRepository requests;
    private final Clock clock;
    private final Audit audit;

    AdviceRequests(AdviceRepository requests, Clock clock, Audit audit) {
        this.requests = requests;
        this.clock = clock;
        this.audit = audit;
    }

    /** One request for advice and, once given, the advice. */
    public record AdviceRequest(UUID id, UUID organisationId, UUID requestedBy, String requestedByName, AdviserRole adviserRole,
            String question, SharingFacts facts, Instant requestedAt, String advice, String advisedByName, Instant advisedAt) {}

    /** Asked, or refused with a problem per field and nothing saved. */
    public sealed interface AdviceChange {
        record Done(UUID id) implements AdviceChange {}

        record Refused(Map<String, String> problems) implements AdviceChange {}
    }

    @Transactional
    public AdviceChange request(Actor actor, AdviserRole role, String question, SharingFacts facts) {
        if (!actor.worksWithPeople() || actor.kind() != Actor.Kind.USER) {
            throw new NotFoundException("Advice request");
        }
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (role == null) {
            problems.put("adviserRole", "Select who you want advice from");
        }
        text(problems, "question", question, "Enter your question");
        if (!problems.isEmpty()) {
            return new AdviceChange.Refused(problems);
        }
        UUID id = UUID.randomUUID();
        requests.insert(id, actor.organisationId(), actor.id(), role, question.trim(), facts, clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.ADVICE_REQUESTED).touching(RecordRef.adviceRequest(id)));
        return new AdviceChange.Done(id);
    }

    public List<AdviceRequest> openFor(Actor adviser) {
        List<AdviserRole> roles = rolesHeld(adviser);
        return roles.isEmpty() ? List.of() : requests.open(adviser.organisationId(), roles);
    }

    public AdviceRequest view(Actor actor, UUID id) {
        return requests.find(id).filter(r -> r.organisationId().equals(actor.organisationId()))
                .filter(r -> r.requestedBy().equals(actor.id()) || rolesHeld(actor).contains(r.adviserRole()))
                .orElseThrow(() -> new NotFoundException("Advice request"));
    }

    @Transactional
    public AdviceChange give(Actor adviser, UUID id, String advice) {
        AdviceRequest request = view(adviser, id);
        if (!rolesHeld(adviser).contains(request.adviserRole()) || request.advice() != null) {
            throw new NotFoundException("Advice request");
        }
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        text(problems, "advice", advice, "Enter your advice");
        if (!problems.isEmpty()) {
            return new AdviceChange.Refused(problems);
        }
        requests.answer(id, advice.trim(), adviser.id(), clock.instant());
        audit.record(AuditEvent.of(adviser, AuditAction.ADVICE_GIVEN).touching(RecordRef.adviceRequest(id)));
        return new AdviceChange.Done(id);
    }

    public static List<AdviserRole> rolesHeld(Actor actor) {
        return java.util.Arrays.stream(AdviserRole.values()).filter(r -> actor.has(Role.valueOf(r.name()))).toList();
    }

    private static void text(Map<String, String> problems, String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            problems.put(field, missing);
        } else if (value.length() > 4000) {
            problems.put(field, (field.equals("question") ? "Your question" : "Your advice") + " must be 4,000 characters or fewer");
        }
    }
}

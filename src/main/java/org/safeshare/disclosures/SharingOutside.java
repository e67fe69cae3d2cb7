package org.safeshare.disclosures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.disclosures.domain.OutsideSharing;
import org.safeshare.disclosures.domain.Problem;
import org.safeshare.disclosures.persistence.OutsideSharingRepository;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing that happened outside Safeshare (telephone, meeting, letter, secure email), recorded under the organisation's
 * decision to share about the same person, with the method's checks. Visible, like the decision, to the recording
 * organisation's practitioners only; to anyone else "not found".
 */
@Service
@Transactional
public class SharingOutside {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final People people;
    private final DisclosureSending sending;
    private final OutsideSharingRepository records;
    private final Audit audit;
    private final ViewAudit views;
    private final Clock clock;

    SharingOutside(People people, DisclosureSending sending, OutsideSharingRepository records, Audit audit, ViewAudit views, Clock clock) {
        this.people = people;
        this.sending = sending;
        this.records = records;
        this.audit = audit;
        this.views = views;
        this.clock = clock;
    }

    public DisclosureChange record(Actor actor, PersonId person, OutsideSharing sharing) {
        VisiblePerson visible = people.visible(actor, person);
        List<Problem> problems = new ArrayList<>(sharing.problems(LocalDate.now(clock.withZone(ENGLAND))));
        if (sharing.decisionId() != null && sending.decisionsFor(actor, visible).stream().noneMatch(d -> d.decisionId().equals(sharing.decisionId()))) {
            problems.add(0, new Problem("decisionId", "Select a decision your organisation recorded to share information about this person"));
        }
        if (!problems.isEmpty()) {
            return new DisclosureChange.Refused(problems);
        }
        UUID id = UUID.randomUUID();
        records.insert(id, actor.organisationId(), person.value(), sharing, actor.id(), actor.displayName(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.SHARING_OUTSIDE_RECORDED).about(person.value())
                .touching(new RecordRef(RecordRef.Kind.SHARING_OUTSIDE, id)).touching(RecordRef.decision(sharing.decisionId())));
        return new DisclosureChange.Done(new DisclosureId(id));
    }

    @Transactional(readOnly = true)
    public OutsideSharingRepository.Stored view(Actor actor, UUID id) {
        DisclosureReading.requirePeopleRole(actor);
        var found = records.find(id).filter(r -> r.organisationId().equals(actor.organisationId()));
        if (found.isEmpty()) {
            views.refused(AuditEvent.of(actor, AuditAction.SHARING_OUTSIDE_VIEWED).touching(new RecordRef(RecordRef.Kind.SHARING_OUTSIDE, id)));
            throw new NotFoundException("Sharing");
        }
        views.viewed(AuditEvent.of(actor, AuditAction.SHARING_OUTSIDE_VIEWED).about(found.get().personId())
                .touching(new RecordRef(RecordRef.Kind.SHARING_OUTSIDE, id)).touching(RecordRef.decision(found.get().sharing().decisionId())));
        return found.get();
    }
}

package org.safeshare.disclosures;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.accounts.Teams;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.disclosures.domain.DisclosureRules;
import org.safeshare.disclosures.domain.ItemContent;
import org.safeshare.disclosures.domain.Problem;
import org.safeshare.disclosures.persistence.DisclosureRepository;
import org.safeshare.disclosures.persistence.StoredDisclosure;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sender does after sending: recall the whole disclosure or one item, with a reason the recipients are told
 * (the content is destroyed, the audit trail stays); and ask the organisation's DSLs to release identities withheld
 * under HM Government information sharing advice 2024, golden rule 5, which another DSL then approves or refuses.
 */
@Service
@Transactional
public class DisclosureRecalls {

    private final DisclosureRepository disclosures;
    private final DisclosureReading reading;
    private final Teams teams;
    private final Organisations organisations;
    private final Audit audit;
    private final ViewAudit views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisclosureRecalls(DisclosureRepository disclosures, DisclosureReading reading, Teams teams, Organisations organisations, Audit audit,
            ViewAudit views, ApplicationEventPublisher events, Clock clock) {
        this.teams = teams;
        this.disclosures = disclosures;
        this.reading = reading;
        this.organisations = organisations;
        this.audit = audit;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** Recalls the whole disclosure; {@code item} empty. Or one item of it. Only the sender recalls. */
    public DisclosureChange recall(Actor actor, DisclosureId id, Optional<UUID> item, String reason) {
        StoredDisclosure found = sent(actor, id, AuditAction.DISCLOSURE_RECALLED);
        List<Problem> problems = DisclosureRules.reasonProblems("reason", reason,
                "Enter why you are recalling it: the recipients are told this reason");
        if (item.isPresent() && found.item(item.get()).filter(i -> i.recalled().isEmpty()).isEmpty()) {
            problems.add(new Problem("itemId", "Select an item of this disclosure that is not already recalled"));
        } else if (item.isEmpty() && found.recalled().isPresent()) {
            problems.add(new Problem("reason", "This disclosure is already recalled"));
        }
        if (!problems.isEmpty()) {
            return new DisclosureChange.Refused(problems);
        }
        var now = clock.instant();
        AuditEvent event;
        if (item.isPresent()) {
            disclosures.recallItem(id.value(), item.get(), actor.id(), reason.strip(), now);
            event = AuditEvent.of(actor, AuditAction.DISCLOSURE_ITEM_RECALLED);
        } else {
            disclosures.recall(id.value(), actor.id(), reason.strip(), now);
            event = AuditEvent.of(actor, AuditAction.DISCLOSURE_RECALLED);
        }
        audit.record(event.about(found.personId()).touching(DisclosureReading.ref(id)));
        Set<UUID> users = found.recipients().stream().filter(r -> !r.apiClient())
                .flatMap(r -> r.team() ? teams.memberIds(r.id()).stream() : java.util.stream.Stream.of(r.id())).collect(Collectors.toSet());
        if (!users.isEmpty()) {
            events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.Users(users), NotificationKind.DISCLOSURE_RECALLED,
                    "/disclosures/" + id));
        }
        return new DisclosureChange.Done(id);
    }

    /** The sender asks the organisation's DSLs to release the identities withheld in an item, saying why. */
    public DisclosureChange requestRelease(Actor actor, DisclosureId id, UUID item, String reason) {
        StoredDisclosure found = sent(actor, id, AuditAction.REDACTION_RELEASE_REQUESTED);
        List<Problem> problems = DisclosureRules.reasonProblems("reason", reason,
                "Enter why the recipient needs to know who this is");
        if (!problems.isEmpty()) {
            return new DisclosureChange.Refused(problems);
        }
        if (!disclosures.requestRelease(id.value(), item, actor.id(), reason.strip())) {
            return new DisclosureChange.Refused(List.of(new Problem("itemId", "Select an item whose identities are withheld")));
        }
        audit.record(AuditEvent.of(actor, AuditAction.REDACTION_RELEASE_REQUESTED).about(found.personId()).touching(DisclosureReading.ref(id)));
        events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.RoleHolders(new OrganisationId(actor.organisationId()),
                Role.DESIGNATED_SAFEGUARDING_LEAD), NotificationKind.REDACTION_RELEASE_REQUESTED, "/disclosures/" + id + "/items/" + item + "/release"));
        return new DisclosureChange.Done(id);
    }

    /**
     * The item awaiting release, as a DSL of the sending organisation reads it to decide: the one reader beyond sender
     * and recipients, and only of that item while it awaits a decision. A DSL does not decide on their own request.
     */
    @Transactional(readOnly = true)
    public ReleaseRequest awaitingRelease(Actor actor, DisclosureId id, UUID item) {
        Decidable decidable = decidable(actor, id, item);
        views.viewed(AuditEvent.of(actor, AuditAction.DISCLOSURE_VIEWED).about(decidable.disclosure().personId()).touching(DisclosureReading.ref(id)));
        var names = organisations.names(List.of(new OrganisationId(decidable.disclosure().recipientOrganisationId())));
        return new ReleaseRequest(id, item, decidable.disclosure().sentByName(), names.get(new OrganisationId(decidable.disclosure()
                .recipientOrganisationId())), (ItemContent.FreeText) disclosures.content(decidable.disclosure(), decidable.item()),
                decidable.item().releaseReason().orElse(""));
    }

    /** A DSL of the sending organisation releases the withheld identities to the recipients, or refuses to. */
    public DisclosureChange decideRelease(Actor actor, DisclosureId id, UUID item, boolean release) {
        Decidable decidable = decidable(actor, id, item);
        disclosures.decideRelease(id.value(), item, release, actor.id(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.REDACTION_RELEASE_DECIDED).about(decidable.disclosure().personId())
                .touching(DisclosureReading.ref(id)).touching(RecordRef.user(decidable.disclosure().sentBy())));
        return new DisclosureChange.Done(id);
    }

    private record Decidable(StoredDisclosure disclosure, StoredDisclosure.Item item) {}

    private Decidable decidable(Actor actor, DisclosureId id, UUID itemId) {
        Optional<StoredDisclosure> found = actor.has(Role.DESIGNATED_SAFEGUARDING_LEAD) ? disclosures.find(id.value())
                .filter(d -> d.senderOrganisationId().equals(actor.organisationId()) && d.recalled().isEmpty()) : Optional.empty();
        Optional<StoredDisclosure.Item> item = found.flatMap(d -> d.item(itemId))
                .filter(i -> i.release() == ReleaseState.REQUESTED && i.sealed() != null)
                .filter(i -> i.releaseRequestedBy().filter(actor.id()::equals).isEmpty());
        if (item.isEmpty()) {
            views.refused(AuditEvent.of(actor, AuditAction.REDACTION_RELEASE_DECIDED).touching(DisclosureReading.ref(id)));
            throw new NotFoundException("Disclosure");
        }
        return new Decidable(found.get(), item.get());
    }

    private StoredDisclosure sent(Actor actor, DisclosureId id, AuditAction action) {
        StoredDisclosure found = reading.visible(actor, id, action);
        if (!found.sentBy(actor.id(), actor.organisationId())) {
            // A recipient may read it but not change it; for a change it is as unknown as to anyone else.
            views.refused(AuditEvent.of(actor, action).touching(DisclosureReading.ref(id)));
            throw new NotFoundException("Disclosure");
        }
        return found;
    }
}

package org.safeshare.disclosures;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.accounts.Teams;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.disclosures.domain.ItemContent;
import org.safeshare.disclosures.domain.Redaction;
import org.safeshare.disclosures.persistence.DisclosureRepository;
import org.safeshare.disclosures.persistence.SealedContent;
import org.safeshare.disclosures.persistence.StoredDisclosure;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one guarded read of disclosures: the user (or partner system) who sent it, and the ones it was addressed to, see
 * it; to anyone else it is "not found", audited as refused. A read is one audited view; opening (a receipt, after any
 * conditions on onward sharing are acknowledged) is a write, told to the sender.
 */
@Service
@Transactional
public class DisclosureReading {

    static final int LIST_LIMIT = 200;

    private final DisclosureRepository disclosures;
    private final Teams teams;
    private final Organisations organisations;
    private final Audit audit;
    private final ViewAudit views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisclosureReading(DisclosureRepository disclosures, Teams teams, Organisations organisations, Audit audit, ViewAudit views,
            ApplicationEventPublisher events, Clock clock) {
        this.disclosures = disclosures;
        this.teams = teams;
        this.organisations = organisations;
        this.audit = audit;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** Disclosures the actor sent, newest first. A list shows no content and is no read of it. */
    @Transactional(readOnly = true)
    public List<DisclosureSummary> outbox(Actor actor) {
        requirePeopleRole(actor);
        return summaries(disclosures.outbox(actor.id(), actor.organisationId(), LIST_LIMIT));
    }

    /** Disclosures addressed to the actor, newest first. */
    @Transactional(readOnly = true)
    public List<DisclosureSummary> inbox(Actor actor) {
        requirePeopleRole(actor);
        return summaries(disclosures.inbox(actor.id(), teamsOf(actor), actor.organisationId(), LIST_LIMIT));
    }

    /** The disclosure as the actor may see it: one audited view naming the disclosure and, for the sender, the person. */
    @Transactional(readOnly = true)
    public DisclosureView read(Actor actor, DisclosureId id) {
        StoredDisclosure found = visible(actor, id, AuditAction.DISCLOSURE_VIEWED);
        AuditEvent view = AuditEvent.of(actor, AuditAction.DISCLOSURE_VIEWED).touching(ref(id));
        views.viewed(found.sentBy(actor.id(), actor.organisationId()) || opened(found, actor) ? view.about(found.personId()) : view);
        return view(actor, found);
    }

    /**
     * The recipient opens it, acknowledging its conditions on onward sharing when it has any: a receipt the sender sees,
     * recorded once. A recalled disclosure does not open.
     */
    public DisclosureView open(Actor actor, DisclosureId id, boolean conditionsAcknowledged) {
        StoredDisclosure found = visible(actor, id, AuditAction.DISCLOSURE_OPENED);
        Set<UUID> actorTeams = teamsOf(actor);
        if (!found.addressedTo(actor.id(), actor.organisationId(), actorTeams) || found.recalled().isPresent()
                || (found.hasConditions() && !conditionsAcknowledged)) {
            return view(actor, found);
        }
        Optional<StoredDisclosure.Recipient> team = found.own(actor.id(), actor.organisationId()).isPresent() ? Optional.empty()
                : found.team(actor.organisationId(), actorTeams);
        boolean opened = team.isPresent()
                ? disclosures.openAsTeamMember(id.value(), actor.id(), actor.displayName(), team.get().id(), clock.instant())
                : disclosures.open(id.value(), actor.id(), clock.instant());
        if (opened) {
            audit.record(AuditEvent.of(actor, AuditAction.DISCLOSURE_OPENED).about(found.personId()).touching(ref(id)));
            if (!found.sentByApiClient()) {
                events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.Users(java.util.Set.of(found.sentBy())),
                        NotificationKind.DISCLOSURE_OPENED, "/disclosures/" + id));
            }
        }
        return view(actor, disclosures.find(id.value()).orElseThrow());
    }

    /** The sender or an addressee; else "not found", audited as a refused attempt. */
    StoredDisclosure visible(Actor actor, DisclosureId id, AuditAction action) {
        requirePeopleRole(actor);
        Optional<StoredDisclosure> found = disclosures.find(id.value())
                .filter(d -> d.sentBy(actor.id(), actor.organisationId()) || d.addressedTo(actor.id(), actor.organisationId(), teamsOf(actor)));
        if (found.isEmpty()) {
            views.refused(AuditEvent.of(actor, action).touching(ref(id)));
            throw new NotFoundException("Disclosure");
        }
        return found.get();
    }

    DisclosureView view(Actor actor, StoredDisclosure d) {
        boolean sender = d.sentBy(actor.id(), actor.organisationId());
        boolean contentShown = sender || (opened(d, actor) && d.recalled().isEmpty());
        Optional<SealedContent.Header> header = contentShown ? Optional.of(disclosures.header(d)) : Optional.empty();
        // The conditions are shown before opening, so the recipient knows what they acknowledge; never once recalled.
        Optional<String> conditions = header.map(SealedContent.Header::conditions).orElseGet(() -> d.hasConditions() && d.recalled().isEmpty()
                ? disclosures.header(d).conditions() : Optional.empty());
        var names = organisations.names(List.of(new OrganisationId(d.senderOrganisationId()), new OrganisationId(d.recipientOrganisationId())));
        List<DisclosureView.Item> items = d.items().stream().map(i -> new DisclosureView.Item(i.id(), i.position(), i.kind(),
                contentShown && i.sealed() != null ? Optional.of(asSeenBy(sender, d, i)) : Optional.empty(), i.identitiesAtRisk(), i.release(),
                sender ? i.releaseReason() : Optional.empty(), i.recalled())).toList();
        return new DisclosureView(new DisclosureId(d.id()), sender, names.get(new OrganisationId(d.senderOrganisationId())), d.sentByName(),
                d.recipientOrganisationId(), names.get(new OrganisationId(d.recipientOrganisationId())),
                d.recipients().stream().map(r -> new DisclosureView.Recipient(r.id(), r.name(), r.apiClient(), r.acknowledgedAt(), r.openedAt(),
                        r.team()))
                        .toList(), sender ? Optional.of(d.personId()) : Optional.empty(), d.decisionId(), d.requestId(), d.sentAt(), d.recalled(),
                d.hasConditions(), conditions, opened(d, actor), header.map(h -> new DisclosureView.Header(h.purpose(), h.transparency())), items);
    }

    /** The sender reads what it wrote; the recipient reads identities at risk withheld until a DSL releases them. */
    private ItemContent asSeenBy(boolean sender, StoredDisclosure d, StoredDisclosure.Item item) {
        ItemContent content = disclosures.content(d, item);
        return !sender && !item.release().namesShown() && content instanceof ItemContent.FreeText t ? Redaction.redacted(t) : content;
    }

    private static boolean opened(StoredDisclosure d, Actor actor) {
        return d.own(actor.id(), actor.organisationId()).flatMap(StoredDisclosure.Recipient::openedAt).isPresent();
    }

    /** The teams a user belongs to (a partner system belongs to none). */
    private Set<UUID> teamsOf(Actor actor) {
        return actor.kind() == Actor.Kind.USER ? teams.teamsOf(actor.id()) : Set.of();
    }

    private List<DisclosureSummary> summaries(List<DisclosureRepository.Row> rows) {
        var names = organisations.names(rows.stream().map(r -> new OrganisationId(r.counterpart())).distinct().toList());
        return rows.stream().map(r -> new DisclosureSummary(new DisclosureId(r.id()), names.get(new OrganisationId(r.counterpart())),
                r.sentByName(), r.sentAt(), r.items(), r.opened(), r.recalled())).toList();
    }

    static RecordRef ref(DisclosureId id) {
        return new RecordRef(RecordRef.Kind.DISCLOSURE, id.value());
    }

    static void requirePeopleRole(Actor actor) {
        if (!actor.worksWithPeople()) {
            throw new NotFoundException("Disclosure");
        }
    }
}

package org.safeshare.disclosures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.accounts.Recipient;
import org.safeshare.accounts.Recipients;
import org.safeshare.accounts.Teams;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.decisions.DecisionRecord;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.Decisions;
import org.safeshare.disclosures.domain.DisclosureDraft;
import org.safeshare.disclosures.domain.DisclosureRules;
import org.safeshare.disclosures.domain.ItemContent;
import org.safeshare.disclosures.domain.PersonField;
import org.safeshare.disclosures.domain.Problem;
import org.safeshare.disclosures.domain.Redaction;
import org.safeshare.disclosures.domain.Transparency;
import org.safeshare.disclosures.persistence.DisclosureRepository;
import org.safeshare.disclosures.persistence.SealedContent;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a disclosure: checks it, shows exactly what the recipient will read, then seals and stores it, writes its audit
 * event and publishes the notification and {@link DisclosureSent} in the same transaction, so a crash between saving and
 * notifying loses neither. Every disclosure is recorded under an existing decision to share with the same organisation
 * about the same person (ADR 0018).
 */
@Service
@Transactional
public class DisclosureSending {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final People people;
    private final Decisions decisions;
    private final Recipients recipients;
    private final Teams teams;
    private final Organisations organisations;
    private final DisclosureRepository disclosures;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisclosureSending(People people, Decisions decisions, Recipients recipients, Teams teams, Organisations organisations,
            DisclosureRepository disclosures, Audit audit, ApplicationEventPublisher events, Clock clock) {
        this.teams = teams;
        this.people = people;
        this.decisions = decisions;
        this.recipients = recipients;
        this.organisations = organisations;
        this.disclosures = disclosures;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The actor's organisation's decisions to share about this person with a partner organisation, newest first. */
    @Transactional(readOnly = true)
    public List<DecisionChoice> decisionsFor(Actor actor, VisiblePerson person) {
        List<DecisionRecord> found = decisions.forPerson(actor, person);
        var names = organisations.names(found.stream().map(d -> d.current().decision().recipientOrganisationId())
                .filter(java.util.Objects::nonNull).map(OrganisationId::new).distinct().toList());
        return found.stream().filter(d -> shares(d.current().decision()))
                .filter(d -> recipients.partnerOf(actor, new OrganisationId(d.current().decision().recipientOrganisationId())))
                .map(d -> new DecisionChoice(d.id().value(), d.current().decision().recipientOrganisationId(),
                        names.get(new OrganisationId(d.current().decision().recipientOrganisationId())), d.versions().getFirst().recordedAt(),
                        d.current().decision().purpose()))
                .toList();
    }

    /** Everyone in the partnership's other organisations the actor may address. */
    @Transactional(readOnly = true)
    public List<Recipient> recipientsFor(Actor actor) {
        people.requireWorksWithPeople(actor);
        return recipients.offeredTo(actor);
    }

    /** What the recipient will read, exactly, or why it cannot be sent. Stores nothing. */
    @Transactional(readOnly = true)
    public Preview preview(Actor actor, NewDisclosure disclosure) {
        return check(actor, disclosure);
    }

    public DisclosureChange send(Actor actor, NewDisclosure disclosure) {
        Preview checked = check(actor, disclosure);
        if (checked instanceof Preview.Refused refused) {
            return new DisclosureChange.Refused(refused.problems());
        }
        Preview.Ready ready = (Preview.Ready) checked;
        DisclosureId id = new DisclosureId(UUID.randomUUID());
        var now = clock.instant();
        List<DisclosureRepository.NewItem> items = ready.asSent().stream().map(c -> new DisclosureRepository.NewItem(UUID.randomUUID(), c,
                c instanceof ItemContent.FreeText t && t.namesIdentitiesAtRisk())).toList();
        disclosures.insert(new DisclosureRepository.NewRow(id.value(), actor.organisationId(), actor.id(), actor.kind() == Actor.Kind.API_CLIENT,
                        actor.displayName(), ready.decision().recipientOrganisationId(), disclosure.person().value(), ready.decision().decisionId(),
                        disclosure.requestId(), ready.header().transparency() instanceof Transparency.Told, now),
                ready.header(), ready.recipients().stream().map(r -> new DisclosureRepository.NewRecipient(r.id(), r.partnerSystem(), r.name(),
                        r.team()))
                        .toList(), items);
        audit.record(AuditEvent.of(actor, AuditAction.DISCLOSURE_SENT).about(disclosure.person().value())
                .touching(new RecordRef(RecordRef.Kind.DISCLOSURE, id.value())).touching(RecordRef.decision(ready.decision().decisionId())));
        // A team's members are told each by name; the email still names no one (the link opens after sign-in).
        Set<UUID> users = ready.recipients().stream().filter(r -> !r.partnerSystem())
                .flatMap(r -> r.team() ? teams.memberIds(r.id()).stream() : java.util.stream.Stream.of(r.id())).collect(Collectors.toSet());
        if (!users.isEmpty()) {
            events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.Users(users), NotificationKind.DISCLOSURE_RECEIVED,
                    "/disclosures/" + id));
        }
        events.publishEvent(new DisclosureSent(id, disclosure.requestId(), actor.organisationId(), ready.decision().recipientOrganisationId(),
                ready.decision().decisionId(), now));
        return new DisclosureChange.Done(id);
    }

    private Preview check(Actor actor, NewDisclosure disclosure) {
        VisiblePerson person = people.visible(actor, disclosure.person());
        DisclosureDraft draft = disclosure.draft();
        List<Problem> problems = new ArrayList<>(DisclosureRules.problemsWith(draft, LocalDate.now(clock.withZone(ENGLAND))));
        Optional<DecisionChoice> decision = Optional.ofNullable(draft.decisionId()).flatMap(id -> decisionsFor(actor, person).stream()
                .filter(d -> d.decisionId().equals(id)).findFirst());
        if (draft.decisionId() != null && decision.isEmpty()) {
            problems.add(new Problem("decisionId", "Select a decision your organisation recorded to share information about this person"
                    + " with an organisation in your partnership"));
        }
        List<Recipient> chosen = recipients.chosenBy(actor, draft.recipients());
        if (!draft.recipients().isEmpty() && chosen.size() != Set.copyOf(draft.recipients()).size()) {
            problems.add(new Problem("recipients", "Select recipients from the organisations in your partnership"));
        } else if (decision.isPresent() && chosen.stream().anyMatch(r -> !r.organisationId().value().equals(decision.get().recipientOrganisationId()))) {
            problems.add(new Problem("recipients", "Select recipients from " + decision.get().recipientOrganisation()
                    + ", the organisation the decision is to share with"));
        }
        if (!problems.isEmpty()) {
            return new Preview.Refused(problems);
        }
        List<ItemContent> asSent = new ArrayList<>();
        for (PersonField field : PersonField.values()) {
            if (draft.fields().contains(field)) {
                asSent.add(RecordFields.copy(person.record(), field));
            }
        }
        draft.items().forEach(i -> asSent.add(new ItemContent.FreeText(i.kind(), i.text().strip(), i.source().strip(),
                i.identities().stream().map(n -> new org.safeshare.disclosures.domain.Identity(n.role(), n.name().strip())).toList())));
        List<ItemContent> asRecipientSees = asSent.stream().map(c -> c instanceof ItemContent.FreeText t ? (ItemContent) Redaction.redacted(t) : c)
                .toList();
        Transparency transparency = Boolean.TRUE.equals(draft.told()) ? new Transparency.Told(draft.toldOn(), draft.toldBy().strip())
                : new Transparency.NotTold(draft.notToldReason().strip());
        SealedContent.Header header = new SealedContent.Header(draft.purpose().strip(),
                draft.hasConditions() ? Optional.of(draft.conditions().strip()) : Optional.empty(), transparency);
        return new Preview.Ready(decision.get(), decision.get().recipientOrganisation(), chosen, header, asRecipientSees, asSent);
    }

    private static boolean shares(DecisionTaken taken) {
        return taken.choice() == DecisionTaken.Choice.SHARE && taken.recipientOrganisationId() != null;
    }
}

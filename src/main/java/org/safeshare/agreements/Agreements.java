package org.safeshare.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.agreements.domain.AgreementRules;
import org.safeshare.agreements.persistence.AgreementRepository;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's information sharing agreements. Anyone in the partnership reads them (they say who shares what,
 * never about whom); the partnership administrator, or an IG lead of one of the parties, records one (audited).
 * Another partnership's agreements are "not found".
 */
@Service
@Transactional
public class Agreements {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final AgreementRepository repository;
    private final Organisations organisations;
    private final Audit audit;
    private final Clock clock;

    Agreements(AgreementRepository repository, Organisations organisations, Audit audit, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Agreement> of(Actor reader) {
        return repository.inPartnership(reader.partnershipId());
    }

    @Transactional(readOnly = true)
    public Agreement visibleTo(Actor reader, UUID id) {
        return repository.find(id).filter(a -> a.partnershipId().equals(reader.partnershipId()))
                .orElseThrow(() -> new NotFoundException("Agreement"));
    }

    /** Whether this user may record agreements at all (to offer the page). */
    public static boolean mayRecord(Actor actor) {
        return actor.has(Role.PARTNERSHIP_ADMINISTRATOR) || actor.has(Role.INFORMATION_GOVERNANCE_LEAD);
    }

    public AgreementChange record(Actor actor, NewAgreement request) {
        if (!mayRecord(actor)) {
            throw new AccessDeniedException("neither a partnership administrator nor an IG lead");
        }
        List<AgreementChange.Problem> problems = new java.util.ArrayList<>(AgreementRules.problemsWith(request));
        if (request.parties() != null) {
            var partnership = organisations.directory(actor).stream().map(Organisation::id).collect(Collectors.toSet());
            if (!partnership.containsAll(request.parties())) {
                problems.add(new AgreementChange.Problem("parties", "Choose organisations of your partnership"));
            } else if (!actor.has(Role.PARTNERSHIP_ADMINISTRATOR) && !request.parties().contains(new OrganisationId(actor.organisationId()))) {
                problems.add(new AgreementChange.Problem("parties", "An IG lead records agreements their own organisation is party to"));
            }
        }
        if (!problems.isEmpty()) {
            return new AgreementChange.Refused(problems);
        }
        Agreement agreement = new Agreement(UUID.randomUUID(), actor.partnershipId(), request.title().strip(), request.parties(),
                request.purposes(), request.informationCategories().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList(),
                request.lawfulBases(), request.startsOn(), request.reviewOn(), Optional.ofNullable(request.endsOn()),
                request.dpiaReference().strip(), request.signatories().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
        repository.insert(agreement, actor.id(), clock.instant());
        audit.record(AuditEvent.of(actor, AuditAction.AGREEMENT_RECORDED).touching(new RecordRef(RecordRef.Kind.AGREEMENT, agreement.id())));
        return new AgreementChange.Recorded(agreement);
    }

    /**
     * The agreement of the sharer's partnership that covers this sharing on this day, if any: for modules that hold
     * these ids from their own records (the decision flow), never ids a user typed.
     */
    @Transactional(readOnly = true)
    public Optional<Agreement> covering(OrganisationId sharer, OrganisationId recipient, AgreedPurpose purpose, LocalDate on) {
        // Only an agreement the sharer is party to can cover its sharing, and parties are always of the agreement's
        // partnership: one query, without first reading the sharer's partnership (docs/performance.md).
        return repository.withParty(sharer.value()).stream().filter(a -> a.covers(sharer, recipient, purpose, on)).findFirst();
    }

    /**
     * Called in the transaction that records a decision to share: if no agreement covers it, it is listed for the
     * sharer's IG lead. It stays allowed: one-off safeguarding sharing needs no agreement (ICO data sharing code).
     */
    public void noteSharing(UUID decision, OrganisationId sharer, OrganisationId recipient, AgreedPurpose purpose, LocalDate on) {
        if (covering(sharer, recipient, purpose, on).isEmpty()) {
            repository.flagOutside(decision, sharer.value(), recipient.value(), purpose, on, clock.instant());
        }
    }

    /** Sharings outside any agreement for the IG lead's organisation, or the whole partnership for its administrator. */
    @Transactional(readOnly = true)
    public List<SharingOutsideAgreement> outsideAgreements(Actor reader) {
        if (!mayRecord(reader)) {
            throw new AccessDeniedException("neither a partnership administrator nor an IG lead");
        }
        List<Organisation> directory = organisations.directory(reader);
        List<UUID> sharers = reader.has(Role.PARTNERSHIP_ADMINISTRATOR) ? directory.stream().map(o -> o.id().value()).toList()
                : List.of(reader.organisationId());
        var names = directory.stream().collect(Collectors.toMap(o -> o.id().value(), Organisation::name));
        return repository.outside(sharers).stream().map(r -> new SharingOutsideAgreement(r.decision(), names.getOrDefault(r.sharer(), ""),
                names.getOrDefault(r.recipient(), ""), r.purpose(), r.sharedOn(), r.review().map(v -> new Reviewed(v.at(), v.byName(), v.note()))))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ENGLAND));
    }

    /** A sharing outside any agreement, for review: which decision, who shared with whom, why and when. */
    public record SharingOutsideAgreement(UUID decision, String sharer, String recipient, AgreedPurpose purpose, LocalDate sharedOn,
            Optional<Reviewed> review) {}

    /** The IG lead's review of it: when, by whom, and their note. */
    public record Reviewed(java.time.Instant at, String by, String note) {}
}

package org.safeshare.consent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.consent.persistence.ConsentRepository;
import org.safeshare.consent.persistence.NoticeRepository;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonIdentity;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organisation's DSL and practitioners need to act on: withdrawals of consent they received
 * information on, and their own consents expiring in the next 30 days or withdrawn in the last 30.
 */
@Service
@Transactional(readOnly = true)
public class ConsentNotices {

    static final int DAYS_AHEAD = 30;

    private final NoticeRepository notices;
    private final ConsentRepository consents;
    private final Consents guarded;
    private final ViewAudit views;
    private final People people;
    private final Organisations organisations;

    ConsentNotices(NoticeRepository notices, ConsentRepository consents, Consents guarded, ViewAudit views, People people,
            Organisations organisations) {
        this.people = people;
        this.organisations = organisations;
        this.notices = notices;
        this.consents = consents;
        this.guarded = guarded;
        this.views = views;
    }

    /**
     * A notice is for its recipient organisation only. It names the person, read from their record now (the
     * recipient was told about them by the decision the notice is about), so reading the list is a view of each.
     */
    @Transactional
    public List<WithdrawalNotice> withdrawalsReceived(Actor actor) {
        requirePeopleRole(actor);
        List<WithdrawalNotice> stored = notices.forRecipient(actor.organisationId(), 100);
        Map<PersonId, PersonIdentity> named = people.identities(actor, stored.stream().map(WithdrawalNotice::personId).distinct().toList());
        Map<OrganisationId, String> senders = organisations.names(stored.stream().map(n -> new OrganisationId(n.senderOrganisationId()))
                .distinct().toList());
        List<WithdrawalNotice> received = stored.stream().map(n -> n.naming(senders.get(new OrganisationId(n.senderOrganisationId())),
                Optional.ofNullable(named.get(n.personId())).map(PersonIdentity::name).orElse("Not known"))).toList();
        AuditEvent read = AuditEvent.of(actor, AuditAction.CONSENT_VIEWED);
        for (WithdrawalNotice notice : received) {
            read = read.touching(new RecordRef(RecordRef.Kind.CONSENT, notice.consentId().value()))
                    .touching(RecordRef.decision(notice.decisionId()));
        }
        if (!received.isEmpty()) {
            views.viewed(read);
        }
        return received;
    }

    public List<ConsentRecord> expiringSoon(Actor actor) {
        requirePeopleRole(actor);
        return viewed(actor, consents.expiring(actor.organisationId(), guarded.today(), guarded.today().plusDays(DAYS_AHEAD)));
    }

    public List<ConsentRecord> recentlyWithdrawn(Actor actor) {
        requirePeopleRole(actor);
        return viewed(actor, consents.withdrawnSince(actor.organisationId(), guarded.today().minusDays(DAYS_AHEAD)));
    }

    /** The organisation's own records, read in one query: one view of each, with the person it is about. */
    private List<ConsentRecord> viewed(Actor actor, List<ConsentRecord> records) {
        for (ConsentRecord record : records) {
            views.viewed(Consents.event(actor, AuditAction.CONSENT_VIEWED, record.id(), record.personId()));
        }
        return records;
    }

    private static void requirePeopleRole(Actor actor) {
        if (!actor.worksWithPeople()) {
            throw new NotFoundException("Consent");
        }
    }
}

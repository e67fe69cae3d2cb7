package org.safeshare.consent;

import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.consent.domain.ConsentAnswer;
import org.safeshare.consent.domain.SharingRequest;
import org.safeshare.consent.domain.Withdrawal;
import org.safeshare.consent.persistence.ConsentRepository;
import org.safeshare.consent.persistence.NoticeRepository;
import org.safeshare.consent.persistence.RelianceRepository;
import org.safeshare.consent.persistence.RelianceRepository.Reliance;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdrawal of consent, which can happen at any time (seed 002): it stops further consent-based sharing
 * at once, and every organisation that received information on the strength of that consent is told
 * through the service, in the same transaction.
 */
@Service
public class ConsentWithdrawals {

    private final Audit audit;

    private final Consents consents;
    private final ConsentRepository repository;
    private final NoticeRepository notices;
    private final RelianceRepository reliances;
    private final Clock clock;

    ConsentWithdrawals(Consents consents, ConsentRepository repository, NoticeRepository notices, RelianceRepository reliances,
            Clock clock, Audit audit) {
        this.consents = consents;
        this.repository = repository;
        this.notices = notices;
        this.reliances = reliances;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public ConsentChange withdraw(Actor actor, ConsentId id, Withdrawal withdrawal) {
        ConsentRecord record = consents.held(actor, id);
        Map<String, String> problems = problemsWith(record, withdrawal);
        if (!problems.isEmpty()) {
            return new ConsentChange.Refused(problems);
        }
        Withdrawal kept = new Withdrawal(withdrawal.withdrawnOn(), withdrawal.withdrawnBy().trim(), withdrawal.purposes(),
                withdrawal.recipientOrganisations(), blankToNull(withdrawal.note()));
        repository.insertWithdrawal(id, kept, actor, clock.instant());
        tellRecipients(actor, record, kept);
        audit.record(Consents.event(actor, AuditAction.CONSENT_WITHDRAWN, id, record.personId()));
        return new ConsentChange.Recorded(id);
    }

    /**
     * The organisations told of this consent's withdrawal: those that received information through the service on the
     * strength of it. None when nothing was shared on it, and the page must say so rather than claim anyone was told.
     */
    @Transactional(readOnly = true)
    public java.util.List<String> told(Actor actor, ConsentId id) {
        return notices.recipientsOf(consents.held(actor, id).id());
    }

    /** What recording this withdrawal would find wrong; nothing is saved. */
    public Map<String, String> problemsWith(Actor actor, ConsentId id, Withdrawal withdrawal) {
        return problemsWith(consents.view(actor, id), withdrawal);
    }

    /**
     * Each organisation that received information resting on this consent, for a purpose the withdrawal covers: found
     * among the reliances recorded when each decision was written, without asking the decisions module.
     */
    private void tellRecipients(Actor actor, ConsentRecord record, Withdrawal withdrawal) {
        for (Reliance reliance : reliances.on(record.id())) {
            boolean covered = reliance.shares() && reliance.recipientOrganisationId().isPresent()
                    && withdrawal.covers(new SharingRequest(reliance.purpose(), reliance.recipientOrganisationId(), Optional.empty()));
            if (covered) {
                notices.insert(record.id(), reliance.decisionId(), reliance.recipientOrganisationId().get(), actor.organisationId(),
                        withdrawal.withdrawnOn(), covers(withdrawal), clock.instant());
            }
        }
    }

    private Map<String, String> problemsWith(ConsentRecord record, Withdrawal w) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (record.withdrawal().isPresent()) {
            problems.put("withdrawnOn", "This consent was already withdrawn on " + record.withdrawal().get().withdrawal().withdrawnOn()
                    + ". A withdrawal cannot be recorded twice");
            return problems;
        }
        if (record.current().terms().answer() == ConsentAnswer.REFUSED) {
            problems.put("withdrawnOn", "This is a refusal: only consent that was given can be withdrawn");
            return problems;
        }
        if (w.withdrawnOn() == null) {
            problems.put("withdrawnOn", "Enter the date consent was withdrawn");
        } else if (w.withdrawnOn().isAfter(consents.today())) {
            problems.put("withdrawnOn", "The date consent was withdrawn must be today or in the past");
        } else if (w.withdrawnOn().isBefore(record.current().terms().givenOn())) {
            problems.put("withdrawnOn", "The date consent was withdrawn must be on or after the date it was given");
        }
        if (w.withdrawnBy() == null || w.withdrawnBy().isBlank()) {
            problems.put("withdrawnBy", "Enter who withdrew consent");
        }
        Set<UUID> named = record.current().terms().scope().recipientOrganisations();
        if (!named.containsAll(w.recipientOrganisations())) {
            problems.put("recipientOrganisations", "Select only organisations the consent covers");
        }
        return problems;
    }

    private static String covers(Withdrawal w) {
        if (w.whole()) {
            return "All of the consent";
        }
        return "Purposes: " + (w.purposes().isEmpty() ? "all" : w.purposes().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

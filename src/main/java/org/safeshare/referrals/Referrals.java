package org.safeshare.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.ViewAudit;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.DecisionRecord;
import org.safeshare.decisions.Decisions;
import org.safeshare.exchange.WorkingTime;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.VisiblePerson;
import org.safeshare.people.domain.NhsNumber;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.referrals.domain.ReReferral;
import org.safeshare.referrals.domain.ReferralType;
import org.safeshare.referrals.persistence.ReferralRepository.StoredReferral;
import org.safeshare.referrals.persistence.ReferralRepository;
import org.safeshare.referrals.persistence.WholeReferrals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making a referral and reading one. A referral arrives in the partnership's MASH queue (adult social care's for an
 * adult at risk) with its decision due one working day later; the referral and the MASH's notification are written in
 * one transaction. Every read is one audited view; a referral the reader may not see is "not found".
 */
@Service
@Transactional
public class Referrals {

    private final ReferralRepository referrals;
    private final ReferralGuard guard;
    private final People people;
    private final Decisions decisions;
    private final Organisations organisations;
    private final WorkingTime workingTime;
    private final ReferralNotices notices;
    private final Audit audit;
    private final ViewAudit views;
    private final Clock clock;

    Referrals(ReferralRepository referrals, ReferralGuard guard, People people, Decisions decisions,
            Organisations organisations, WorkingTime workingTime, ReferralNotices notices, Audit audit, ViewAudit views, Clock clock) {
        this.referrals = referrals;
        this.guard = guard;
        this.people = people;
        this.decisions = decisions;
        this.organisations = organisations;
        this.workingTime = workingTime;
        this.notices = notices;
        this.audit = audit;
        this.views = views;
        this.clock = clock;
    }

    /** What is wrong with a referral before it is sent (for the check-your-answers step); nothing is saved. */
    @Transactional(readOnly = true)
    public List<ReferralProblem> check(Actor actor, NewReferral referral) {
        people.requireWorksWithPeople(actor);
        List<ReferralProblem> problems = new ArrayList<>(ReferralRules.problemsWith(referral));
        if (referral.type() != null && receiver(actor, referral.type()).isEmpty()) {
            problems.add(new ReferralProblem("type", "Your partnership has no organisation to receive this referral: ask your partnership administrator"));
        }
        if (referral.decisionId() != null && referral.personId() != null && !decisionAbout(actor, referral.decisionId(), referral.personId())) {
            problems.add(new ReferralProblem("decisionId", "Select a decision your organisation recorded about this person"));
        }
        return problems;
    }

    /** Sends the referral to the MASH queue and tells its officers, or refuses it with what to correct and nothing saved. */
    public ReferralChange send(Actor actor, NewReferral referral) {
        List<ReferralProblem> problems = check(actor, referral);
        if (!problems.isEmpty()) {
            return new ReferralChange.Refused(problems);
        }
        // The guarded read: a person the referrer's organisation does not hold is "not found", as everywhere else.
        VisiblePerson person = people.visible(actor, new PersonId(referral.personId()));
        Organisation receiver = receiver(actor, referral.type()).orElseThrow();
        Instant now = clock.instant();
        var p = person.person();
        Referral.Subject subject = new Referral.Subject(p.displayName(), p.dateOfBirth(), p.nhsNumber().map(NhsNumber::value));
        String key = ReReferral.subjectKey(subject.nhsNumber(), subject.name(), subject.dateOfBirth());
        Optional<UUID> earlier = referrals.earlierSince(actor.partnershipId(), key, ReReferral.windowStart(now));
        StoredReferral stored = new StoredReferral(UUID.randomUUID(), actor.partnershipId(), actor.organisationId(), actor.id(),
                actor.displayName(), receiver.id().value(), referral.type(), person.id().value(), subject, key,
                Optional.ofNullable(referral.decisionId()), referral.immediateDanger(), ReferralRules.text(referral.concernFacts()),
                ReferralRules.text(referral.concernOpinion()), ReferralRules.text(referral.concernHistorical()),
                ReferralRules.text(referral.risk()), referral.familyTold(), ReferralRules.text(referral.familyResponse()),
                ReferralRules.text(referral.otherAgencies()), now, workingTime.oneWorkingDayAfter(actor.partnershipId(), now), earlier,
                Optional.empty(), Optional.empty());
        referrals.insert(stored, person.record().relations().stream()
                .map(r -> new Referral.FamilyMember(r.otherPersonName(), r.description(), r.otherHoldsResponsibility())).toList());
        notices.tellMash(receiver.id().value(), NotificationKind.REFERRAL_RECEIVED, stored.id());
        audit.record(AuditEvent.of(actor, AuditAction.REFERRAL_SENT).about(stored.personId()).touching(ReferralGuard.ref(stored.id())));
        return new ReferralChange.Done(new ReferralId(stored.id()));
    }

    /**
     * The referral as the reader may see it: one audited view, or "not found" (audited as refused). The referral and
     * everything done on it come in one statement, the organisations' names in one more.
     */
    @Transactional(readOnly = true)
    public Referral view(Actor actor, ReferralId id) {
        ReferralGuard.Read read = guard.readable(actor, id);
        ReferralGuard.Seen seen = read.seen();
        WholeReferrals.Whole whole = read.whole();
        StoredReferral r = seen.referral();
        AuditEvent view = AuditEvent.of(actor, AuditAction.REFERRAL_VIEWED).touching(ReferralGuard.ref(r.id()));
        // The referrer's own record of the person is theirs to name in the audit; others read the referral's snapshot only.
        views.viewed(seen.onReferrersSide() ? view.about(r.personId()) : view);
        Map<UUID, List<UUID>> requests = whole.requests();
        Map<OrganisationId, String> names = organisations.namesForDisplay(namedIn(r, requests.values()));
        List<Referral.AskedRequest> asked = requests.entrySet().stream().map(e -> new Referral.AskedRequest(e.getKey(),
                e.getValue().stream().map(o -> names.getOrDefault(new OrganisationId(o), "")).sorted().toList())).toList();
        Instant now = clock.instant();
        return new Referral(new ReferralId(r.id()), r.type(), names.get(new OrganisationId(r.referringOrganisationId())), r.referredByName(),
                names.get(new OrganisationId(r.receivingOrganisationId())), r.subject(), whole.family(), r.decisionId(),
                r.immediateDanger(), r.concernFacts(), r.concernOpinion(), r.concernHistorical(), r.risk(), r.familyTold(), r.familyResponse(),
                r.otherAgencies(), r.receivedAt(), r.decisionDueAt(), r.decision().isEmpty() && now.isAfter(r.decisionDueAt()),
                seen.atTheMash() ? r.reReferralOf() : Optional.empty(), whole.ratings(), r.decision(), asked,
                whole.meetings(), whole.disagreements(), seen.atTheMash(), seen.onReferrersSide());
    }

    private static List<OrganisationId> namedIn(StoredReferral r, java.util.Collection<List<UUID>> asked) {
        List<OrganisationId> ids = new ArrayList<>(List.of(new OrganisationId(r.referringOrganisationId()),
                new OrganisationId(r.receivingOrganisationId())));
        asked.forEach(list -> list.forEach(o -> ids.add(new OrganisationId(o))));
        return ids.stream().distinct().toList();
    }

    /**
     * Where the referral goes: the partnership's MASH (children's social care where there is none); for an adult at risk,
     * adult social care (the MASH where the partnership has no adult social care in Safeshare).
     */
    private Optional<Organisation> receiver(Actor actor, ReferralType type) {
        List<Organisation> directory = organisations.directory(actor);
        List<OrganisationType> order = type == ReferralType.ADULT_SOCIAL_CARE
                ? List.of(OrganisationType.ADULT_SOCIAL_CARE, OrganisationType.MASH)
                : List.of(OrganisationType.MASH, OrganisationType.CHILDRENS_SOCIAL_CARE);
        return order.stream().flatMap(t -> directory.stream().filter(o -> o.type() == t)).findFirst();
    }

    private boolean decisionAbout(Actor actor, UUID decision, UUID person) {
        try {
            DecisionRecord record = decisions.view(actor, new DecisionId(decision));
            return record.organisationId().equals(actor.organisationId()) && record.personId().filter(person::equals).isPresent();
        } catch (NotFoundException e) {
            return false;
        }
    }
}

package org.safeshare.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.persistence.AuditQueries;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail, itself audited. Who viewed or changed a person's record: the holding
 * organisation's DSL, Caldicott guardian or auditor, and the partnership's auditors. A user's activity: their
 * organisation's administrators and auditor, and the partnership's auditors. Search and export: a partnership
 * auditor over the partnership, an organisation's auditor over what concerns their organisation ({@link AuditScope}).
 * Anyone else gets "not found", so the trail never reveals that a record exists.
 */
@Service
@Transactional
public class AuditTrail {

    /** A page an auditor can read; narrow the search for more. */
    public static final int LIMIT = 500;

    private final AuditQueries queries;
    private final Audit audit;
    private final Organisations organisations;
    private final AuditSubjects.PersonRecords people;
    private final AuditSubjects.Users users;

    AuditTrail(AuditQueries queries, Audit audit, Organisations organisations, AuditSubjects.PersonRecords people,
            AuditSubjects.Users users) {
        this.queries = queries;
        this.audit = audit;
        this.organisations = organisations;
        this.people = people;
        this.users = users;
    }

    public List<AuditEntry> aboutPerson(Actor actor, UUID personId) {
        UUID holder = people.holderOf(personId).orElseThrow(() -> new NotFoundException("Person"));
        boolean holdersLead = actor.organisationId().equals(holder)
                && (actor.has(Role.DESIGNATED_SAFEGUARDING_LEAD) || actor.has(Role.CALDICOTT_GUARDIAN) || actor.has(Role.AUDITOR));
        if (!holdersLead && !partnershipAuditor(actor, holder)) {
            throw new NotFoundException("Person");
        }
        audit.record(AuditEvent.of(actor, AuditAction.AUDIT_VIEWED).about(personId));
        return queries.search(filter(Optional.of(personId), Optional.empty()), new AuditScope.Checked(), LIMIT);
    }

    public UserActivity ofUser(Actor actor, UUID userId) {
        AuditSubjects.User user = users.find(userId).orElseThrow(() -> new NotFoundException("User"));
        boolean ownAdministrator = actor.organisationId().equals(user.organisationId())
                && (actor.has(Role.ORGANISATION_ADMINISTRATOR) || actor.has(Role.AUDITOR));
        if (!ownAdministrator && !partnershipAuditor(actor, user.organisationId())) {
            throw new NotFoundException("User");
        }
        audit.record(AuditEvent.of(actor, AuditAction.AUDIT_VIEWED).touching(RecordRef.user(userId)));
        return new UserActivity(user, queries.search(filter(Optional.empty(), Optional.of(userId)), new AuditScope.Checked(), LIMIT));
    }

    /** The events the auditor may see that match the filters; exporting is recorded as such. */
    public List<AuditEntry> search(Actor actor, AuditSearch search, boolean export) {
        AuditScope scope = scopeOf(actor);
        AuditEvent event = AuditEvent.of(actor, export ? AuditAction.AUDIT_EXPORTED : AuditAction.AUDIT_VIEWED);
        audit.record(search.person().map(event::about).orElse(event));
        return queries.search(search, scope, export ? 100_000 : LIMIT);
    }

    /** For the empty search form: the same refusal as a search. */
    @Transactional(readOnly = true)
    public void requireAuditor(Actor actor) {
        if (!actor.has(Role.PARTNERSHIP_AUDITOR) && !actor.has(Role.AUDITOR)) {
            throw new NotFoundException("Audit");
        }
    }

    /** A partnership auditor reads the partnership; an organisation's auditor only what concerns the organisation. */
    private AuditScope scopeOf(Actor actor) {
        requireAuditor(actor);
        return actor.has(Role.PARTNERSHIP_AUDITOR) ? partnershipScope(actor)
                : new AuditScope.Organisation(actor.organisationId(), people.heldBy(actor.organisationId()));
    }

    /** The partnership and its organisations, whose set-up the partnership's auditor reads too (docs/adr/0027). */
    private AuditScope partnershipScope(Actor actor) {
        return new AuditScope.Partnership(actor.partnershipId(), organisations.directory(actor).stream().map(o -> o.id().value()).toList());
    }

    private static AuditSearch filter(Optional<UUID> person, Optional<UUID> user) {
        return new AuditSearch(person, user, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private boolean partnershipAuditor(Actor actor, UUID organisation) {
        return actor.has(Role.PARTNERSHIP_AUDITOR) && organisations.find(new OrganisationId(organisation))
                .map(o -> o.partnershipId().value().equals(actor.partnershipId())).orElse(false);
    }

    /** A user and what they did. */
    public record UserActivity(AuditSubjects.User user, List<AuditEntry> events) {}
}

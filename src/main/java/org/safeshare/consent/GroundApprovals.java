package org.safeshare.consent;

import java.util.List;
import java.util.Optional;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.consent.persistence.ConsentPolicies;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organisation's rule for who must approve a ground to share without consent or against a refusal
 * (seed 003 leaves it to local policy: the designated safeguarding lead, the Caldicott guardian, or nobody).
 * Only the organisation's administrator reads or sets it; to anyone else it is "not found".
 */
@Service
@Transactional(readOnly = true)
public class GroundApprovals {

    /** The roles a policy may name, in the order the page offers them. */
    public static final List<Role> APPROVERS = List.of(Role.DESIGNATED_SAFEGUARDING_LEAD, Role.CALDICOTT_GUARDIAN);

    private final ConsentPolicies policies;
    private final Audit audit;

    GroundApprovals(ConsentPolicies policies, Audit audit) {
        this.policies = policies;
        this.audit = audit;
    }

    /** Empty when grounds take effect without approval. */
    public Optional<Role> approver(Actor admin) {
        return policies.groundApprovalRole(administered(admin));
    }

    /** Applies to grounds recorded from now on; grounds already recorded keep the approval they were recorded with. */
    @Transactional
    public void require(Actor admin, Optional<Role> approver) {
        if (approver.isPresent() && !APPROVERS.contains(approver.get())) {
            throw new IllegalArgumentException("Not an approving role");
        }
        policies.requireApproval(administered(admin), approver.orElse(null));
        audit.record(AuditEvent.of(admin, AuditAction.PERMISSION_CHANGED));
    }

    /** For seeding a new organisation: sets the rule only where none has been chosen, so an administrator's choice stands. */
    @Transactional
    public void startWith(OrganisationId organisation, Role approver) {
        if (!APPROVERS.contains(approver)) {
            throw new IllegalArgumentException("Not an approving role");
        }
        policies.requireApprovalUnlessSet(organisation.value(), approver);
    }

    private static java.util.UUID administered(Actor admin) {
        if (!admin.has(Role.ORGANISATION_ADMINISTRATOR)) {
            throw new NotFoundException("Consent policy");
        }
        return admin.organisationId();
    }
}

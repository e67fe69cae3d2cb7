package org.safeshare.accounts.security;

import java.time.Clock;
import java.time.Instant;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.UserId;
import org.safeshare.accounts.domain.ClientAddress;
import org.safeshare.accounts.domain.SignInLockout;
import org.safeshare.accounts.persistence.SignInLockoutRepository;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong passwords and wrong codes, counted per account and client address ({@link SignInLockout}).
 * When a pause starts, the account holder is told at their next sign-in (no email is sent yet: the
 * service has no mail set-up), so someone guessing at their account does not go unnoticed.
 */
@Component
class SignInPauses {

    private final SignInLockoutRepository lockouts;
    private final SignInLockout policy;
    private final Actors actors;
    private final Audit audit;
    private final Clock clock;

    SignInPauses(SignInLockoutRepository lockouts, AccountSecurityProperties properties, Actors actors, Audit audit, Clock clock) {
        this.lockouts = lockouts;
        this.policy = SignInLockout.of(properties.maxFailedSignIns(), properties.lockoutDuration());
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    boolean isPaused(UserId user, String address) {
        return policy.isLocked(lockouts.state(user, ClientAddress.keyOf(address)), clock.instant());
    }

    /** An attempt refused because a pause is in force: audited, and not counted again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refusedWhilePaused(UserAccount user) {
        audit.record(AuditEvent.of(actors.of(user), AuditAction.SIGN_IN_LOCKED).refused());
    }

    /** Counts one wrong password or code in the caller's transaction; audits it; starts a pause at the limit. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFailure(UserAccount user, String address) {
        String key = ClientAddress.keyOf(address);
        Instant now = clock.instant();
        SignInLockout.State after = policy.afterFailure(lockouts.stateForUpdate(user.id(), key), now);
        lockouts.save(user.id(), key, after);
        audit.record(AuditEvent.of(actors.of(user), after.justLocked() ? AuditAction.SIGN_IN_LOCKED : AuditAction.SIGN_IN_FAILED)
                .refused());
        if (after.justLocked()) {
            lockouts.raiseNotice(user.id(), key, policy.maxFailedSignIns(), now, after.lockedUntil().orElseThrow());
        }
    }

    /** A right password (and code, where one is needed) from this address forgives its earlier failures. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgive(UserId user, String address) {
        lockouts.clear(user, ClientAddress.keyOf(address));
    }
}

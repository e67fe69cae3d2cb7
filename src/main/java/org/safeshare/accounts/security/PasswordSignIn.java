package org.safeshare.accounts.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.domain.SignInLockout;
import org.safeshare.accounts.domain.SignInThrottle;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first factor: email and password, with per-account lockout and per-address throttling.
 * The answer is either a full sign-in (demo accounts without an authenticator) or a pending one
 * that must still pass the second factor.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final SignInLockout lockout;
    private final SignInThrottle throttle;
    private final Actors actors;
    private final AccountSecurityProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Audit audit;
    /** Compared against when the email is unknown, so both answers take the same time. */
    private final String unknownUserHash;

    PasswordSignIn(UserRepository users, PasswordEncoder passwords, SignInThrottle throttle, Actors actors,
            AccountSecurityProperties properties, TransactionTemplate transaction, Clock clock, Audit audit) {
        this.audit = audit;
        this.users = users;
        this.passwords = passwords;
        this.lockout = new SignInLockout(properties.maxFailedSignIns(), properties.lockoutDuration());
        this.throttle = throttle;
        this.actors = actors;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.unknownUserHash = passwords.encode("no such user: timing guard");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        Instant now = clock.instant();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        if (!throttle.allows(address, now)) {
            audited(AuditEvent.anonymous(AuditAction.SIGN_IN_FAILED));
            throw new SignInThrottledException();
        }
        String email = String.valueOf(attempt.getName()).trim();
        String password = String.valueOf(attempt.getCredentials());
        Optional<UserAccount> found = email.length() > 254 ? Optional.empty() : users.findByEmail(email);
        if (found.isEmpty()) {
            passwords.matches(password, unknownUserHash);
            throttle.recordFailure(address, now);
            // Never the typed email: it may be a mistyped name of someone real.
            audited(AuditEvent.anonymous(AuditAction.SIGN_IN_FAILED));
            throw new BadCredentialsException("bad credentials");
        }
        UserAccount user = found.get();
        if (lockout.isLocked(user.lockedUntil(), now)) {
            audited(AuditEvent.of(actors.of(user), AuditAction.SIGN_IN_LOCKED).refused());
            throw new LockedException("locked");
        }
        UserRepository.Credentials credentials = users.credentials(user.id()).orElseThrow();
        if (!passwords.matches(password, credentials.passwordHash())) {
            throttle.recordFailure(address, now);
            SignInLockout.AfterFailure after = lockout.afterFailure(credentials.failedSignIns(), now);
            AuditAction action = after.lockedUntil().isPresent() ? AuditAction.SIGN_IN_LOCKED : AuditAction.SIGN_IN_FAILED;
            transaction.executeWithoutResult(t -> {
                users.recordFailedSignIn(user.id(), after.failedSignIns(), after.lockedUntil());
                audit.record(AuditEvent.of(actors.of(user), action).refused());
            });
            if (after.lockedUntil().isPresent()) {
                throw new LockedException("locked");
            }
            throw new BadCredentialsException("bad credentials");
        }
        if (!user.enabled()) {
            audited(AuditEvent.of(actors.of(user), AuditAction.SIGN_IN_FAILED).refused());
            throw new DisabledException("disabled");
        }
        boolean complete = credentials.totpSecret().isEmpty() && !properties.mfaRequired();
        transaction.executeWithoutResult(t -> {
            users.recordSuccessfulPassword(user.id());
            if (complete) {
                audit.record(AuditEvent.of(actors.of(user), AuditAction.SIGNED_IN));
            }
        });
        if (complete) {
            return SignedInUser.authentication(actors.of(user));
        }
        PendingSignIn pending = new PendingSignIn(user.id().value(), credentials.totpSecret().isEmpty());
        return UsernamePasswordAuthenticationToken.authenticated(pending, null,
                List.of(new SimpleGrantedAuthority(PendingSignIn.AUTHORITY)));
    }

    /** Sign-in has no transaction of its own; each attempt's event commits on its own. */
    private void audited(AuditEvent event) {
        transaction.executeWithoutResult(t -> audit.record(event));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed sign-ins from this network address recently. */
    static final class SignInThrottledException extends AuthenticationException {
        SignInThrottledException() {
            super("throttled");
        }
    }
}

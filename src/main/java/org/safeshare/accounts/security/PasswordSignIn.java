package org.safeshare.accounts.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first factor: email and password, with pauses per account and client address
 * ({@link SignInPauses}) and throttling per address. An unknown email, a wrong password, a paused
 * sign-in and a disabled account get the same answer after the same work (one bcrypt comparison and
 * one audit write), so neither the answer nor its timing tells who has an account (OWASP ASVS 5.0
 * chapter 6). The answer is a full sign-in (demo accounts without an authenticator) or a pending one
 * that must still pass the second factor.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final UserRepository users;
    private final PasswordChecks passwords;
    private final SignInPauses pauses;
    private final AddressThrottle throttle;
    private final Actors actors;
    private final AccountSecurityProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Audit audit;
    /** Compared against when the email is unknown, so every answer costs one bcrypt comparison. */
    private final String unknownUserHash;

    PasswordSignIn(UserRepository users, PasswordChecks passwords, PasswordEncoder encoder, SignInPauses pauses,
            AddressThrottle throttle, Actors actors,
            AccountSecurityProperties properties, TransactionTemplate transaction, Clock clock, Audit audit) {
        this.users = users;
        this.passwords = passwords;
        this.pauses = pauses;
        this.throttle = throttle;
        this.actors = actors;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.audit = audit;
        this.unknownUserHash = encoder.encode("no such user: timing guard");
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
        Optional<UserAccount> found = email.length() > 254 ? Optional.empty() : users.findByEmail(email);
        Optional<UserRepository.Credentials> credentials = found.flatMap(u -> users.credentials(u.id()));
        boolean paused = found.map(u -> pauses.isPaused(u.id(), address)).orElse(false);
        // Always compared, even for an unknown or paused account: a shortcut would show in the timing. Outside any
        // transaction and off the request's virtual thread (PasswordChecks): the reads above have returned their
        // connections, and the outcome below is written in a transaction of its own.
        boolean matches = passwords.matches(String.valueOf(attempt.getCredentials()),
                credentials.map(UserRepository.Credentials::passwordHash).orElse(unknownUserHash));
        if (found.isEmpty() || paused || !matches || !found.get().enabled()) {
            refuse(found, address, paused, matches, now);
        }
        UserAccount user = found.get();
        boolean complete = credentials.orElseThrow().totpSecret().isEmpty() && !properties.mfaRequired();
        transaction.executeWithoutResult(t -> {
            if (complete) {
                pauses.forgive(user.id(), address);
                audit.record(AuditEvent.of(actors.of(user), AuditAction.SIGNED_IN));
            }
        });
        if (complete) {
            return SignedInUser.authentication(actors.of(user));
        }
        PendingSignIn pending = new PendingSignIn(user.id().value(), credentials.orElseThrow().totpSecret().isEmpty());
        return UsernamePasswordAuthenticationToken.authenticated(pending, null,
                List.of(new SimpleGrantedAuthority(PendingSignIn.AUTHORITY)));
    }

    /** Audits the refusal and counts it where it should count; always the same answer to the caller. */
    private void refuse(Optional<UserAccount> found, String address, boolean paused, boolean matches, Instant now) {
        throttle.recordFailure(address, now);
        transaction.executeWithoutResult(t -> {
            if (found.isEmpty()) {
                // Never the typed email: it may be a mistyped name of someone real.
                audit.record(AuditEvent.anonymous(AuditAction.SIGN_IN_FAILED));
            } else if (paused) {
                pauses.refusedWhilePaused(found.get());
            } else if (!matches) {
                pauses.recordFailure(found.get(), address);
            } else {
                audit.record(AuditEvent.of(actors.of(found.get()), AuditAction.SIGN_IN_FAILED).refused());
            }
        });
        throw new BadCredentialsException("bad credentials");
    }

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

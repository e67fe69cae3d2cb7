package org.safeshare.accounts.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.UUID;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.UserId;
import org.safeshare.accounts.domain.TotpCode;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: a TOTP authenticator app. Wrong codes count towards the same pause as wrong
 * passwords from the same address; a used code cannot be used again.
 */
@Service
public class SecondFactor {

    private static final String ISSUER = "Safeshare";

    private final UserRepository users;
    private final Actors actors;
    private final SignInPauses pauses;
    private final Clock clock;
    private final Audit audit;
    private final org.springframework.transaction.support.TransactionTemplate transaction;
    private final CodeGenerator codes = new DefaultCodeGenerator();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactor(UserRepository users, Actors actors, SignInPauses pauses, Clock clock, Audit audit,
            org.springframework.transaction.support.TransactionTemplate transaction) {
        this.audit = audit;
        this.transaction = transaction;
        this.users = users;
        this.actors = actors;
        this.pauses = pauses;
        this.clock = clock;
    }

    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** A PNG QR code of the otpauth URI, as a data: URI for an img element. */
    public String qrCode(String email, String secret) {
        QrData data = new QrData.Builder().label(email).secret(secret).issuer(ISSUER).digits(6)
                .period(TotpCode.PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(generator.generate(data));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }

    /**
     * Checks a code from the user's enrolled authenticator, sent from {@code address}. A wrong code counts
     * towards the same pause as a wrong password from that address; while paused, no code is checked.
     */
    @Transactional
    public boolean verify(UUID userId, String code, String address) {
        UserId id = new UserId(userId);
        UserAccount user = users.find(id).orElseThrow();
        if (pauses.isPaused(id, address)) {
            pauses.refusedWhilePaused(user);
            return false;
        }
        UserRepository.Credentials credentials = users.credentials(id).orElseThrow();
        String secret = credentials.totpSecret().orElseThrow();
        OptionalLong step = TotpCode.matchingStep(code, secret, clock.instant(), credentials.totpLastTimeStep(), this::generate);
        if (step.isPresent() && users.useTotpStep(id, step.getAsLong())) {
            if (credentials.totpNeedsResealing()) {
                users.resealTotp(id, secret); // lazy re-sealing after a keyset rotation (ADR 0007)
            }
            return true;
        }
        pauses.recordFailure(user, address);
        return false;
    }

    /** Whether a code matches a secret being set up; keeps nothing. */
    public boolean matchesNewSecret(String secret, String code) {
        return TotpCode.matchingStep(code, secret, clock.instant(), -1, this::generate).isPresent();
    }

    /** Checks a code against a secret being set up, and keeps the secret if it matches. */
    @Transactional
    public boolean enrol(UUID userId, String secret, String code) {
        UserId id = new UserId(userId);
        OptionalLong step = TotpCode.matchingStep(code, secret, clock.instant(), -1, this::generate);
        if (step.isEmpty()) {
            return false;
        }
        users.setTotp(id, secret, step.getAsLong());
        users.find(id).ifPresent(u -> audit.record(AuditEvent.of(actors.of(u), AuditAction.AUTHENTICATOR_SET_UP)));
        return true;
    }

    /** Replaces the pending sign-in with a full one, in a new session id (session fixation). */
    public void completeSignIn(UUID userId, HttpServletRequest request, HttpServletResponse response) {
        UserAccount user = users.find(new UserId(userId)).orElseThrow();
        transaction.executeWithoutResult(t -> {
            pauses.forgive(user.id(), request.getRemoteAddr());
            audit.record(AuditEvent.of(actors.of(user), AuditAction.SIGNED_IN));
        });
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignedInUser.authentication(actors.of(user)));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    public boolean isPaused(UUID userId, String address) {
        return pauses.isPaused(new UserId(userId), address);
    }

    private String generate(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP generation failed", e);
        }
    }
}

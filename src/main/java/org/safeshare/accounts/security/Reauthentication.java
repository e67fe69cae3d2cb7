package org.safeshare.accounts.security;

import java.util.UUID;
import org.safeshare.accounts.UserAccount;
import org.safeshare.accounts.UserId;
import org.safeshare.accounts.persistence.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proof that the person at the keyboard is the account holder before a change to how they sign in: a
 * code from their current authenticator, or their password when they have none. A stolen or
 * unattended session alone cannot replace the second factor. Wrong proofs count towards the same
 * pause as wrong sign-ins.
 */
@Service
public class Reauthentication {

    private final UserRepository users;
    private final PasswordChecks passwords;
    private final SecondFactor secondFactor;
    private final SignInPauses pauses;
    private final TransactionTemplate transaction;

    Reauthentication(UserRepository users, PasswordChecks passwords, SecondFactor secondFactor, SignInPauses pauses,
            TransactionTemplate transaction) {
        this.users = users;
        this.passwords = passwords;
        this.secondFactor = secondFactor;
        this.pauses = pauses;
        this.transaction = transaction;
    }

    /** What the holder must give: a current code when they have an authenticator, else their password. */
    public Proof proofNeeded(UUID userId) {
        return users.find(new UserId(userId)).orElseThrow().mfaEnrolled() ? Proof.CURRENT_CODE : Proof.PASSWORD;
    }

    /**
     * Not one transaction: the password comparison runs with no connection held (as at sign-in, PasswordChecks),
     * and what it leads to is written in a short transaction of its own.
     */
    public boolean confirms(UUID userId, String proof, String address) {
        if (proofNeeded(userId) == Proof.CURRENT_CODE) {
            String code = proof == null ? "" : proof.replaceAll("\\s", "");
            return code.matches("\\d{6}") && secondFactor.verify(userId, code, address);
        }
        UserAccount user = users.find(new UserId(userId)).orElseThrow();
        if (pauses.isPaused(user.id(), address)) {
            transaction.executeWithoutResult(t -> pauses.refusedWhilePaused(user));
            return false;
        }
        String hash = users.credentials(user.id()).orElseThrow().passwordHash();
        if (proof != null && !proof.isEmpty() && passwords.matches(proof, hash)) {
            return true;
        }
        transaction.executeWithoutResult(t -> pauses.recordFailure(user, address));
        return false;
    }

    /** The two ways to prove it is the holder. */
    public enum Proof { CURRENT_CODE, PASSWORD }
}

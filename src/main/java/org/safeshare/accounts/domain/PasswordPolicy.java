package org.safeshare.accounts.domain;

import java.util.Optional;
import java.util.Set;

/**
 * NCSC password guidance: length over complexity, and refuse the passwords attackers try first.
 * Answers with the problem to show the user, or empty when the password is acceptable.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12", "passwordpassword",
            "safeguarding1", "letmein12345", "welcome12345", "changeme1234");

    private PasswordPolicy() {}

    public static Optional<String> problemWith(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("Password must be " + MINIMUM_LENGTH + " characters or more");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("Password must be " + MAXIMUM_LENGTH + " characters or fewer");
        }
        if (COMMON.contains(password.toLowerCase())) {
            return Optional.of("Choose a password that is harder to guess");
        }
        return Optional.empty();
    }
}

package org.safeshare.accounts.web;

import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.safeshare.accounts.UserId;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.accounts.security.SecondFactor;
import org.safeshare.platform.web.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The "set up your authenticator app" page, used both at first sign-in and from the account page.
 * The new secret waits in the session until the user proves their app has it.
 */
@Component
class AuthenticatorSetUpPage {

    private static final String PENDING_SECRET = "safeshare.pendingTotpSecret";

    private final SecondFactor secondFactor;
    private final UserRepository users;

    AuthenticatorSetUpPage(SecondFactor secondFactor, UserRepository users) {
        this.secondFactor = secondFactor;
        this.users = users;
    }

    String show(UUID userId, HttpSession session, Model model, FormErrors errors, String action) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = secondFactor.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        String email = users.find(new UserId(userId)).orElseThrow().email();
        model.addAttribute("qrCode", secondFactor.qrCode(email, secret));
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
        model.addAttribute("action", action);
        model.addAttribute("errors", errors);
        return "accounts/set-up-authenticator";
    }

    /** Whether the code proves the app has the pending secret; keeps nothing. */
    boolean matchesPending(HttpSession session, String code) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        String cleaned = code.replaceAll("\\s", "");
        return secret != null && cleaned.matches("\\d{6}") && secondFactor.matchesNewSecret(secret, cleaned);
    }

    /** Keeps the pending secret if the code proves the app has it; true when set up. */
    boolean confirm(UUID userId, HttpSession session, String code) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        String cleaned = code.replaceAll("\\s", "");
        if (secret == null || !cleaned.matches("\\d{6}") || !secondFactor.enrol(userId, secret, cleaned)) {
            return false;
        }
        session.removeAttribute(PENDING_SECRET);
        return true;
    }
}

package org.safeshare.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where the password step sends the user: on to the second factor, or home; or back to sign-in
 * with the reason. Reasons never reveal whether an email address has an account or is paused:
 * only the per-address throttle, which is about the caller's network, has its own answer.
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String next = switch (authentication.getPrincipal()) {
            case PendingSignIn p when p.mustEnrolAuthenticator() -> "/sign-in/set-up-authenticator";
            case PendingSignIn p -> "/sign-in/verify";
            default -> "/";
        };
        response.sendRedirect(request.getContextPath() + next);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String reason = e instanceof PasswordSignIn.SignInThrottledException ? "throttled" : "credentials";
        response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
    }
}

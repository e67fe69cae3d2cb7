package org.safeshare.accounts.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safeshare.platform.web.FailureLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * A form sent without a valid CSRF token (expired session, or a forged request) gets its own page
 * saying so; other refusals get the 403 page. Neither changes anything.
 */
@Component
class PageAccessDenied implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(PageAccessDenied.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (e instanceof CsrfException) {
            FailureLog.refused(log, HttpServletResponse.SC_FORBIDDEN, e);
            request.setAttribute("csrfFailure", true);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher("/error/form-expired").forward(request, response);
            return;
        }
        // Half signed in (password given, second factor not yet): finish signing in rather than "no access".
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PendingSignIn pending
                && "GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath()
                    + (pending.mustEnrolAuthenticator() ? "/sign-in/set-up-authenticator" : "/sign-in/verify"));
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}

package org.safeshare.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a partner system by its bearer token. The token is looked up by its SHA-256 hash,
 * so a copy of the database does not give anyone a working token. Built by the API filter chain,
 * not as a bean, so that the servlet container does not run it a second time outside the chain.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final Actors actors;

    BearerTokenFilter(Actors actors) {
        this.actors = actors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() < 300) {
            actors.ofApiToken(ApiTokens.hash(header.substring(7).trim())).ifPresent(actor -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(SignedInUser.authentication(actor));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}

package org.safeshare.accounts.security;

import java.time.Duration;
import org.safeshare.accounts.domain.SignInThrottle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Access is denied by default. Pages need a full sign-in (password and, outside demo mode, a TOTP
 * code); the API needs an organisation's bearer token; only sign-in, assets and health are public.
 * {@link PasswordSignIn} is the only AuthenticationProvider bean, so it is the one Spring Security uses
 * (registering it on the chain as well would make a failed attempt count twice).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm recorded in each hash so it can be upgraded later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SignInThrottle signInThrottle() {
        return new SignInThrottle(20, Duration.ofMinutes(15));
    }

    // Filter chains exist only where there is a web server: not in the audit command (AuditCommand.start).
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Actors actors, ApiProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi.json").permitAll()
                        .anyRequest().hasAuthority(SignedInUser.AUTHORITY))
                .addFilterBefore(new BearerTokenFilter(actors), UsernamePasswordAuthenticationFilter.class)
                // Bearer tokens are never sent by a browser on its own, so cross-site forgery does not apply.
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(r -> r.disable())
                .build();
    }

    /** Spring Security's default builds an absolute URL from the request's Host header, which the caller chooses. */
    private static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/sign-in");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInOutcomes outcomes,
            PageAccessDenied accessDenied, AccountSecurityProperties properties) throws Exception {
        IpAddressMatcher metricsNetwork = new IpAddressMatcher(properties.metricsAllowedAddress());
        AuthorizationManager<RequestAuthorizationContext> fromMetricsNetwork =
                (auth, context) -> new org.springframework.security.authorization.AuthorizationDecision(
                        metricsNetwork.matches(context.getRequest()));
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/sign-in", "/signed-out", "/error", "/error/**", "/accessibility-statement", "/govuk/**",
                                "/assets/**", "/static/**", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").access(fromMetricsNetwork)
                        .requestMatchers("/sign-in/verify", "/sign-in/set-up-authenticator").hasAuthority(PendingSignIn.AUTHORITY)
                        .requestMatchers("/organisation/users/**", "/organisation/consent-policy").hasRole("ORGANISATION_ADMINISTRATOR")
                        // Figures across the partnership are for its auditors too (counts only, no record of a person).
                        .requestMatchers("/partnership/actions", "/partnership/actions/**")
                        .hasAnyRole("PARTNERSHIP_ADMINISTRATOR", "PARTNERSHIP_AUDITOR")
                        .requestMatchers("/partnership/**").hasRole("PARTNERSHIP_ADMINISTRATOR")
                        .anyRequest().hasAuthority(SignedInUser.AUTHORITY))
                .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .usernameParameter("email").passwordParameter("password")
                        .successHandler(outcomes).failureHandler(outcomes))
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/signed-out").deleteCookies("SAFESHARE_SESSION"))
                .csrf(c -> c.csrfTokenRequestHandler(new CsrfTokenReading()))
                .exceptionHandling(e -> e.accessDeniedHandler(accessDenied).authenticationEntryPoint(signInPage()))
                .build();
    }
}

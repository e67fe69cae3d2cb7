package org.safeshare.accounts;

import org.safeshare.accounts.setup.AccountsSetUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 3: replacing an authenticator needs a code from the current one (or the password when
 * there is none), and a sign-in that owes a code cannot set up a new authenticator instead.
 */
@SafeshareTest
class AuthenticatorReplacementTest {

    private static final String PASSWORD = "a long enough password";
    private static final String CURRENT = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired AccountsSetUp setUp;
    @Autowired UserRepository users;
    @Autowired JdbcClient jdbc;

    private UserAccount newUser() {
        UUID oakfield = users.findByEmail("dsl@oakfield-primary.example").orElseThrow().organisationId().value();
        return ((AccountChange.Done) setUp.user(new OrganisationId(oakfield), new NewUser(
                "replace-" + UUID.randomUUID() + "@oakfield-primary.example", "Replacer", Set.of(Role.PRACTITIONER), PASSWORD))).user();
    }

    private static String codeFor(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
    }

    private byte[] sealedSecret(UserAccount user) {
        return jdbc.sql("select totp_secret_sealed from user_account where id = ?").param(user.id().value()).query(byte[].class).single();
    }

    /** Opens the set-up page (sessions are Spring Session's, kept by cookie) and reads the setup key it offers. */
    private Offer offer(UserAccount user) throws Exception {
        var page = mvc.perform(get("/account/authenticator").with(SignedIn.as(actor(user)))).andExpect(status().isOk()).andReturn();
        String html = page.getResponse().getContentAsString();
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("id=\"setup-key\">([A-Z2-7 ]+)<").matcher(html);
        assertThat(key.find()).isTrue();
        return new Offer(page.getResponse().getCookie("SAFESHARE_SESSION"), key.group(1).replace(" ", ""));
    }

    private record Offer(Cookie session, String secret) {}

    @Autowired org.safeshare.accounts.security.Actors actors;

    private org.safeshare.platform.security.Actor actor(UserAccount user) {
        return actors.of(users.find(user.id()).orElseThrow());
    }

    @Test
    void replacingAnAuthenticatorNeedsACodeFromTheCurrentOne() throws Exception {
        UserAccount user = newUser();
        users.setTotp(user.id(), CURRENT, 0);
        byte[] before = sealedSecret(user);
        Offer offer = offer(user);
        Cookie session = offer.session();
        String replacement = offer.secret();
        mvc.perform(get("/account/authenticator").cookie(session).with(SignedIn.as(actor(user))))
                .andExpect(content().string(containsString("Code from your current authenticator app")));

        mvc.perform(post("/account/authenticator").cookie(session).with(SignedIn.as(actor(user))).with(csrf())
                        .param("code", codeFor(replacement)).param("currentCode", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the code your current authenticator app shows")));
        assertThat(sealedSecret(user)).isEqualTo(before);

        mvc.perform(post("/account/authenticator").cookie(session).with(SignedIn.as(actor(user))).with(csrf())
                        .param("code", codeFor(replacement)).param("currentCode", codeFor(CURRENT)))
                .andExpect(redirectedUrl("/account?authenticator=set-up"));
        assertThat(sealedSecret(user)).isNotEqualTo(before);
        assertThat(users.credentials(user.id()).orElseThrow().totpSecret()).contains(replacement);
    }

    @Test
    void settingUpAFirstAuthenticatorFromTheAccountPageNeedsThePassword() throws Exception {
        UserAccount user = newUser();
        Offer offer = offer(user);
        Cookie session = offer.session();
        String secret = offer.secret();
        mvc.perform(post("/account/authenticator").cookie(session).with(SignedIn.as(actor(user))).with(csrf())
                        .param("code", codeFor(secret)).param("password", "not my password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your password")));
        assertThat(users.find(user.id()).orElseThrow().mfaEnrolled()).isFalse();

        mvc.perform(post("/account/authenticator").cookie(session).with(SignedIn.as(actor(user))).with(csrf())
                        .param("code", codeFor(secret)).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account?authenticator=set-up"));
        assertThat(users.credentials(user.id()).orElseThrow().totpSecret()).contains(secret);
    }

    @Test
    void aSignInThatOwesACodeCannotSetUpANewAuthenticatorInstead() throws Exception {
        UserAccount user = newUser();
        users.setTotp(user.id(), CURRENT, 0);
        byte[] before = sealedSecret(user);
        var password = mvc.perform(post("/sign-in").param("email", user.email()).param("password", PASSWORD).with(csrf())).andReturn();
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/sign-in/verify");
        Cookie pending = password.getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/sign-in/set-up-authenticator").cookie(pending)).andExpect(redirectedUrl("/sign-in/verify"));
        mvc.perform(post("/sign-in/set-up-authenticator").cookie(pending).with(csrf()).param("code", "123456"))
                .andExpect(redirectedUrl("/sign-in/verify"));
        assertThat(sealedSecret(user)).isEqualTo(before);
        mvc.perform(get("/").cookie(pending)).andExpect(redirectedUrl("/sign-in/verify"));
    }
}

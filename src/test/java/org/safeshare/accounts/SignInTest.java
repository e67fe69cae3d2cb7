package org.safeshare.accounts;

import org.safeshare.accounts.setup.AccountsSetUp;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in end to end through the real filter chain, sessions in PostgreSQL. */
@SafeshareTest
class SignInTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired AccountsSetUp setUp;
    @Autowired UserRepository users;

    private UserAccount newUser() {
        UUID oakfield = users.findByEmail("dsl@oakfield-primary.example").orElseThrow().organisationId().value();
        String email = "signin-" + UUID.randomUUID() + "@oakfield-primary.example";
        AccountChange change = setUp.user(new OrganisationId(oakfield),
                new NewUser(email, "Test User", Set.of(Role.PRACTITIONER), PASSWORD));
        return ((AccountChange.Done) change).user();
    }

    private MvcResult signIn(String email, String password) throws Exception {
        return mvc.perform(post("/sign-in").param("email", email).param("password", password).with(csrf())).andReturn();
    }

    private static Cookie session(MvcResult result) {
        return result.getResponse().getCookie("SAFESHARE_SESSION");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/organisation/users")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aDemoUserWithoutAnAuthenticatorSignsInWithTheirPassword() throws Exception {
        MvcResult result = signIn("dsl@oakfield-primary.example", "Safeshare-demo-2026");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        mvc.perform(get("/").cookie(session(result))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Dana Shah")));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhetherTheAccountExists() throws Exception {
        assertThat(signIn("dsl@oakfield-primary.example", "not the password").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=credentials");
        assertThat(signIn("nobody@nowhere.example", "not the password").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=credentials");
        mvc.perform(get("/sign-in").param("error", "credentials"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("There is a problem")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a correct email address and password")));
    }

    private MvcResult signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/sign-in").param("email", email).param("password", password).with(csrf())
                .with(r -> { r.setRemoteAddr(address); return r; })).andReturn();
    }

    @Test
    void theFifthWrongPasswordAnswersAsAnUnknownAddressDoes() throws Exception {
        UserAccount user = newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(user.email(), "wrong password " + i, "192.0.2.10").getResponse().getRedirectedUrl())
                    .isEqualTo("/sign-in?error=credentials");
        }
        assertThat(signIn(user.email(), "wrong password 6", "192.0.2.10").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=credentials");
    }

    @Test
    void fiveWrongPasswordsPauseSignInFromThatAddressOnlyAndTheHolderIsTold() throws Exception {
        UserAccount user = newUser();
        for (int i = 0; i < 5; i++) {
            signIn(user.email(), "wrong password " + i, "192.0.2.20");
        }
        assertThat(signIn(user.email(), PASSWORD, "192.0.2.20").getResponse().getRedirectedUrl())
                .as("paused even against the right password, and saying so no differently").isEqualTo("/sign-in?error=credentials");
        assertThat(users.find(user.id()).orElseThrow().lockedUntil()).isPresent();

        MvcResult owner = signIn(user.email(), PASSWORD, "198.51.100.7");
        assertThat(owner.getResponse().getRedirectedUrl()).as("an outsider cannot lock the owner out").isEqualTo("/");
        mvc.perform(get("/").cookie(session(owner))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("wrong password or code for your account 5 times")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("192.0.2.20")));
    }

    @Test
    void theSignInPageSaysTheSameForUnknownWrongAndPausedSignIns() throws Exception {
        mvc.perform(get("/sign-in").param("error", "credentials"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a correct email address and password")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Your account is locked"))));
    }

    @Test
    void aUserWithAnAuthenticatorMustGiveACodeAndTheSameCodeCannotBeUsedAgain() throws Exception {
        UserAccount user = newUser();
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        users.setTotp(user.id(), secret, 0);

        MvcResult password = signIn(user.email(), PASSWORD);
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/sign-in/verify");
        Cookie pending = session(password);
        mvc.perform(get("/").cookie(pending)).andExpect(redirectedUrl("/sign-in/verify"));
        mvc.perform(get("/api/v1/organisations").cookie(pending)).andExpect(status().isUnauthorized());

        mvc.perform(post("/sign-in/verify").cookie(pending).param("code", "000000").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The code is not correct")));

        String code = new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
        MvcResult verified = mvc.perform(post("/sign-in/verify").cookie(pending).param("code", code).with(csrf())).andReturn();
        assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie signedIn = session(verified) != null ? session(verified) : pending;
        mvc.perform(get("/").cookie(signedIn)).andExpect(status().isOk());

        MvcResult again = signIn(user.email(), PASSWORD);
        mvc.perform(post("/sign-in/verify").cookie(session(again)).param("code", code).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The code is not correct")));
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        UserAccount user = newUser();
        users.setEnabled(user.id(), false);
        assertThat(signIn(user.email(), PASSWORD).getResponse().getRedirectedUrl()).endsWith("error=credentials");
    }

    @Test
    void signInWithoutACsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-in").param("email", "dsl@oakfield-primary.example").param("password", "Safeshare-demo-2026"))
                .andExpect(status().isForbidden());
    }
}

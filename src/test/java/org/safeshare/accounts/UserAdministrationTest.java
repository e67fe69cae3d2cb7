package org.safeshare.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An organisation administrator manages their own organisation's users, and nobody else's. */
@SafeshareTest
class UserAdministrationTest {

    private static final String ADMIN = "admin@oakfield-primary.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired UserRepository users;

    private UserAccount user(String email) {
        return users.findByEmail(email).orElseThrow();
    }

    @Test
    void anAdministratorSeesOnlyTheirOwnOrganisationsUsers() throws Exception {
        mvc.perform(get("/organisation/users").with(signedIn.as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("teacher@oakfield-primary.example")))
                .andExpect(content().string(not(containsString("gp@brook-lane.example"))))
                .andExpect(content().string(not(containsString("hillford-primary.example"))));
    }

    @Test
    void anotherOrganisationsUserIsNotFoundAndCannotBeChanged() throws Exception {
        for (String other : new String[] {"gp@brook-lane.example", "dsl@hillford-primary.example"}) {
            UserAccount target = user(other);
            mvc.perform(get("/organisation/users/" + target.id()).with(signedIn.as(ADMIN))).andExpect(status().isNotFound());
            mvc.perform(post("/organisation/users/" + target.id() + "/disable").with(signedIn.as(ADMIN)).with(csrf()))
                    .andExpect(status().isNotFound());
            assertThat(user(other).enabled()).isTrue();
        }
        mvc.perform(get("/organisation/users/not-a-uuid").with(signedIn.as(ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/organisation/users/" + UUID.randomUUID()).with(signedIn.as(ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void aPractitionerCannotManageUsers() throws Exception {
        mvc.perform(get("/organisation/users").with(signedIn.as("teacher@oakfield-primary.example")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisation/users/new").with(signedIn.as("teacher@oakfield-primary.example")).with(csrf())
                .param("email", "sneaky@oakfield-primary.example").param("displayName", "Sneaky").param("roles", "PRACTITIONER")
                .param("initialPassword", "a long enough password")).andExpect(status().isForbidden());
        assertThat(users.findByEmail("sneaky@oakfield-primary.example")).isEmpty();
    }

    @Test
    void anAdministratorAddsAUserWhoCanThenSignIn() throws Exception {
        String email = "new-" + UUID.randomUUID() + "@oakfield-primary.example";
        mvc.perform(post("/organisation/users/new").with(signedIn.as(ADMIN)).with(csrf())
                        .param("email", email).param("displayName", "New Teacher").param("roles", "PRACTITIONER")
                        .param("initialPassword", "a long enough password"))
                .andExpect(status().is3xxRedirection());
        UserAccount added = user(email);
        assertThat(added.organisationId()).isEqualTo(user(ADMIN).organisationId());
        assertThat(added.roles()).containsExactly(org.safeshare.platform.security.Role.PRACTITIONER);
    }

    @Test
    void invalidNewUserDetailsShowTheErrorSummaryAndSaveNothing() throws Exception {
        String email = "bad-" + UUID.randomUUID() + "@oakfield-primary.example";
        mvc.perform(post("/organisation/users/new").with(signedIn.as(ADMIN)).with(csrf())
                        .param("email", email).param("displayName", "x".repeat(201)).param("initialPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Full name must be 200 characters or fewer")))
                .andExpect(content().string(containsString("Select at least one role")))
                .andExpect(content().string(containsString("Password must be 12 characters or more")))
                .andExpect(content().string(containsString(email)));
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void anOrganisationAdministratorCannotCreateAPartnershipAdministrator() throws Exception {
        String email = "escalate-" + UUID.randomUUID() + "@oakfield-primary.example";
        mvc.perform(post("/organisation/users/new").with(signedIn.as(ADMIN)).with(csrf())
                        .param("email", email).param("displayName", "Escalator").param("roles", "PARTNERSHIP_ADMINISTRATOR")
                        .param("initialPassword", "a long enough password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only a partnership administrator")));
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void disablingAUserStopsThemSigningIn() throws Exception {
        String email = "leaver-" + UUID.randomUUID() + "@oakfield-primary.example";
        mvc.perform(post("/organisation/users/new").with(signedIn.as(ADMIN)).with(csrf())
                .param("email", email).param("displayName", "Leaver").param("roles", "PRACTITIONER")
                .param("initialPassword", "a long enough password"));
        UserAccount leaver = user(email);
        mvc.perform(post("/organisation/users/" + leaver.id() + "/disable").with(signedIn.as(ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(user(email).enabled()).isFalse();
        String redirect = mvc.perform(post("/sign-in").param("email", email).param("password", "a long enough password").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(redirect).endsWith("error=credentials");
    }
}

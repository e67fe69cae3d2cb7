package org.safeshare.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Outside demo mode, a user without an authenticator must set one up before they can do anything. */
@SafeshareTest
@TestPropertySource(properties = "safeshare.security.mfa-required=true")
class MfaRequiredTest {

    @Autowired MockMvc mvc;

    @Test
    void aUserWithoutAnAuthenticatorIsMadeToSetOneUpFirst() throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").param("email", "teacher@oakfield-primary.example")
                .param("password", "Safeshare-demo-2026").with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sign-in/set-up-authenticator");
        Cookie pending = result.getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/").cookie(pending)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/organisations").cookie(pending))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/sign-in/set-up-authenticator"));
        mvc.perform(post("/organisation/users/new").cookie(pending).with(csrf()).param("email", "x@y.example"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sign-in/set-up-authenticator").cookie(pending)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("data:image/png;base64,")));
    }
}

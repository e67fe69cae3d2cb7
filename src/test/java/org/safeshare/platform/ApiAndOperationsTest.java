package org.safeshare.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safeshare.support.LiveSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Problem details for every API error, OpenAPI, health, metrics, request ids and security headers. */
@SafeshareTest
class ApiAndOperationsTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired org.safeshare.accounts.persistence.UserRepository users;
    @LocalServerPort int port;

    @Test
    void aRequestWithoutATokenGetsAnUnauthorizedProblem() throws Exception {
        mvc.perform(get("/api/v1/organisations"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer not-a-real-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unknownAddressesAndMalformedIdsAreNotFoundProblems() throws Exception {
        mvc.perform(get("/api/v1/organisations/not-a-uuid").header("Authorization", "Bearer demo-oakfield-token"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        HttpResponse<String> unknown = LiveSession.anonymous(port).get("/api/v1/no-such-thing",
                "Authorization", "Bearer demo-oakfield-token", "Accept", "application/json");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("\"status\":404").contains("no record");
    }

    @Test
    void aWrongMethodIsAProblemToo() {
        HttpResponse<String> response = LiveSession.anonymous(port).send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/organisations"))
                .header("Authorization", "Bearer demo-oakfield-token").header("Content-Type", "application/json")
                .DELETE());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("\"status\":405").doesNotContain("Exception");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations']").exists());
    }

    @Test
    void healthReportsLivenessAndReadinessIncludingTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void prometheusMetricsAreServedToTheMetricsNetworkOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/prometheus").with(r -> {
            r.setRemoteAddr("203.0.113.9");
            return r;
        })).andExpect(status().is3xxRedirection()).andExpect(content().string(org.hamcrest.Matchers.emptyString()));
    }

    @Test
    void everyResponseHasARequestIdAndAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self' 'nonce-")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Set-Cookie", containsString("Secure")));
        mvc.perform(get("/sign-in").header("X-Request-Id", "partner-trace-0001"))
                .andExpect(header().string("X-Request-Id", "partner-trace-0001"));
    }

    @Test
    void errorPagesAreGovukPagesWithoutStackTraces() {
        LiveSession teacher = LiveSession.signedIn(port, "teacher@oakfield-primary.example");
        HttpResponse<String> notFound = teacher.get("/no-such-page", "Accept", "text/html");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Page not found").contains("govuk-header").doesNotContain("Exception");
        HttpResponse<String> forbidden = teacher.get("/organisation/users", "Accept", "text/html");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("You do not have access to this page");
    }

    @Test
    void aFormWithoutItsCsrfTokenGetsAClearPageAndChangesNothing() {
        LiveSession admin = LiveSession.signedIn(port, "admin@oakfield-primary.example");
        HttpResponse<String> response = admin.post("/organisation/users/new", java.util.Map.of("email", "csrf-live@oakfield-primary.example",
                "displayName", "No Token", "roles", "PRACTITIONER", "initialPassword", "a long enough password"), false);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Your form could not be sent").contains("Nothing has been changed");
        assertThat(users.findByEmail("csrf-live@oakfield-primary.example")).isEmpty();
    }

    @Test
    void everyPageShowsTheDemoBannerInDemoMode() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(content().string(containsString("This is a demonstration")));
    }
}

package org.safeshare.people.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SafeshareTest
class PeopleApiTest {

    private static final String OAKFIELD = "Bearer demo-oakfield-token";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private long people() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    @Test
    void searchingByNhsNumberWithSpacesFindsAvaAndHerRecordListsHerFamily() throws Exception {
        String body = mvc.perform(search("{\"nhsNumber\": \"999 000 0018\"}").header("Authorization", OAKFIELD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].displayName").value("Ava Thompson"))
                .andExpect(jsonPath("$[0].dateOfBirth").value("2015-03-27"))
                .andReturn().getResponse().getContentAsString();
        String id = body.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(get("/api/v1/people/" + id).header("Authorization", OAKFIELD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationships[*].name", hasItem("Jane Thompson")))
                .andExpect(jsonPath("$.relationships[*].parentalResponsibilityBasis", hasItem("BIRTH_MOTHER")));
    }

    @Test
    void aPartnerSystemCanRegisterAPerson() throws Exception {
        String family = "Apitest" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/api/v1/people").header("Authorization", OAKFIELD).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"CHILD","givenName":"Remy","familyName":"%s","dateOfBirth":"2017-06-01","sex":"MALE",
                                 "nhsNumber":"943 476 5919","address":{"line1":"9 Api Road","town":"Riverside","postcode":"rv1 2ab"}}
                                """.formatted(family)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/people/")))
                .andExpect(jsonPath("$.nhsNumber").value("9434765919"))
                .andExpect(jsonPath("$.addresses[0].postcode").value("RV1 2AB"));
        mvc.perform(search("{\"name\": \"" + family + "\"}").header("Authorization", OAKFIELD))
                .andExpect(jsonPath("$[0].givenName").value("Remy"));
    }

    @Test
    void anInvalidNhsNumberIsA422WithTheFieldNamedAndNothingSaved() throws Exception {
        long before = people();
        mvc.perform(post("/api/v1/people").header("Authorization", OAKFIELD).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"CHILD","givenName":"Bad","familyName":"Number","dateOfBirth":"2017-06-01","sex":"MALE",
                                 "nhsNumber":"9434765918"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("nhsNumber"))
                .andExpect(jsonPath("$.errors[0].detail").value("Enter a valid NHS number: the check digit does not match"));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400ProblemAndSavesNothing() throws Exception {
        long before = people();
        mvc.perform(post("/api/v1/people").header("Authorization", OAKFIELD).contentType(MediaType.APPLICATION_JSON).content("{\"kind\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void withoutATokenTheAnswerIs401Problem() throws Exception {
        mvc.perform(search("{\"name\": \"Ava\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aMalformedIdIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/people/nonsense").header("Authorization", OAKFIELD)).andExpect(status().isNotFound());
    }

    @Test
    void aSearchWithNothingToLookForIsA422() throws Exception {
        mvc.perform(search("{}").header("Authorization", OAKFIELD)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(search("{\"dateOfBirth\": \"2015-02-30\"}").header("Authorization", OAKFIELD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
    }

    /** Names, NHS numbers and dates of birth in a query string reach access logs and proxies. */
    @Test
    void searchTermsAreNeverTakenFromTheAddress() throws Exception {
        mvc.perform(get("/api/v1/people").param("name", "Ava").header("Authorization", OAKFIELD))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/people/searches'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people'].get").doesNotExist());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder search(String body) {
        return post("/api/v1/people/searches").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void theOpenApiDocumentDescribesThePeopleEndpoints() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}']").exists());
    }
}

package org.safeshare.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.people.PersonId;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The information request endpoints: problem details, strict JSON, and 404 for every caller who is no party. */
@SafeshareTest
class InformationRequestApiTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;
    @Autowired PeopleSetUp setUp;
    @Autowired JsonMapper json;

    private ExchangeFixture fixture;
    private PersonId ava;

    @BeforeEach
    void theMashHoldsAva() {
        fixture = new ExchangeFixture(jdbc, signedIn);
        ava = fixture.ava(setUp);
    }

    private static MockHttpServletRequestBuilder as(String organisation, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer demo-" + organisation + "-token").contentType(MediaType.APPLICATION_JSON);
    }

    private String sent() throws Exception {
        String body = mvc.perform(as("mash", post("/api/v1/information-requests")).content(json.writeValueAsString(fixture.request(ava))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parts.length()").value(4))
                .andExpect(jsonPath("$.urgency").value("RED"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asString();
    }

    @Test
    void theMashSendsTheCharityAnswersAndTheMashReadsTheAnswer() throws Exception {
        String id = sent();
        mvc.perform(as("charity", get("/api/v1/inbox"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.informationRequests.rows[*].requestId").value(hasItem(id)));
        mvc.perform(as("charity", get("/api/v1/information-requests/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.parts.length()").value(1))
                .andExpect(jsonPath("$.subject.name").value("Ava Thompson"));
        mvc.perform(as("charity", post("/api/v1/information-requests/" + id + "/responses"))
                .content(json.writeValueAsString(ExchangeFixture.answer())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parts[0].status").value("ANSWERED"));
        mvc.perform(as("mash", get("/api/v1/information-requests/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.parts[?(@.organisationName == 'Safe Harbour Family Support')].answers[0].kind").value("FACT"));
    }

    @Test
    void callersWhoAreNoPartyGetNotFoundEverywhere() throws Exception {
        String id = sent();
        for (String outsider : new String[] {"academy", "hillford", "csc"}) {
            mvc.perform(as(outsider, get("/api/v1/information-requests/" + id))).andExpect(status().isNotFound());
            mvc.perform(as(outsider, post("/api/v1/information-requests/" + id + "/responses"))
                    .content(json.writeValueAsString(ExchangeFixture.answer()))).andExpect(status().isNotFound());
            mvc.perform(as(outsider, get("/api/v1/inbox"))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.informationRequests.rows[*].requestId").value(not(hasItem(id))));
        }
        mvc.perform(as("mash", post("/api/v1/information-requests/" + id + "/responses"))
                .content(json.writeValueAsString(ExchangeFixture.answer()))).andExpect(status().isNotFound());
        mvc.perform(as("mash", get("/api/v1/information-requests/not-an-id"))).andExpect(status().is4xxClientError());
    }

    @Test
    void aRequestMissingItsPurposeIsAProblemNamingTheFieldAndAWrongKindOfValueIsRefused() throws Exception {
        NewInformationRequest asked = fixture.request(ava);
        NewInformationRequest noPurpose = new NewInformationRequest(asked.personId(), asked.purposeCategory(), null, asked.lawfulBasis(),
                asked.statesPublicTask(), asked.urgency(), asked.questions(), asked.addressees());
        mvc.perform(as("mash", post("/api/v1/information-requests")).content(json.writeValueAsString(noPurpose)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
        mvc.perform(as("mash", post("/api/v1/information-requests")).content("{\"urgency\": 3}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("urgency"));
        mvc.perform(as("charity", post("/api/v1/information-requests/" + sent() + "/responses")).content("{\"choice\": \"ANSWER\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("facts"));
    }

    @Test
    void theOpenApiDocumentDescribesTheRequestEndpoints() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/information-requests'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/information-requests/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/information-requests/{id}/responses'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inbox'].get").exists());
    }
}

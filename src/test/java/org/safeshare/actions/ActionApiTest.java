package org.safeshare.actions;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.DecisionId;
import org.safeshare.decisions.Decisions;
import org.safeshare.people.People;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The actions API: set, read, list, outcome and agreement; problem details naming the field; 404 for every outsider. */
@SafeshareTest
class ActionApiTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired Decisions decisions;
    @Autowired People people;
    @Autowired JsonMapper json;

    private ActionFixture fixture;
    private DecisionId decision;

    @BeforeEach
    void oakfieldHasRecordedADecision() {
        fixture = new ActionFixture(jdbc, signedIn);
        decision = fixture.decision(decisions, people, json);
    }

    private static MockHttpServletRequestBuilder as(String organisation, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer demo-" + organisation + "-token").contentType(MediaType.APPLICATION_JSON);
    }

    private String body(LocalDate due) {
        OwnerRef owner = fixture.healthVisitor();
        return """
                {"about": "DECISION", "subjectId": "%s", "owner": {"kind": "USER", "organisationId": "%s", "id": "%s"},
                 "whatToDo": "Visit the family", "doneWhen": "A visit is recorded", "dueOn": "%s"}"""
                .formatted(decision, owner.organisationId(), owner.id(), due);
    }

    private String set() throws Exception {
        String response = mvc.perform(as("oakfield", post("/api/v1/actions")).content(body(LocalDate.now().plusDays(5))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ownerName").value("Nadia Clarke"))
                .andExpect(jsonPath("$.status").value("OPEN")).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asString();
    }

    @Test
    void aPartnerSystemSetsAnActionTheOwnersSystemRecordsNotDoneAndTheSetterAgrees() throws Exception {
        String id = set();
        mvc.perform(as("health-visiting", get("/api/v1/actions/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.about").value("DECISION"));
        mvc.perform(as("health-visiting", get("/api/v1/actions?mine"))).andExpect(status().isOk());
        mvc.perform(as("oakfield", get("/api/v1/actions?mine"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.setByMe[*].id").value(hasItem(id)));
        mvc.perform(as("health-visiting", post("/api/v1/actions/" + id + "/outcome")).content("{\"outcome\": \"NOT_DONE\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(as("health-visiting", post("/api/v1/actions/" + id + "/outcome")).content("{\"outcome\": \"NOT_DONE\", \"text\": \"Moved away\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NOT_DONE_PROPOSED"));
        mvc.perform(as("health-visiting", post("/api/v1/actions/" + id + "/agreement")).content("{\"agree\": true}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("agree"));
        mvc.perform(as("oakfield", post("/api/v1/actions/" + id + "/agreement")).content("{\"agree\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NOT_DONE"))
                .andExpect(jsonPath("$.history.length()").value(2));
    }

    @Test
    void aDueDateInThePastIsAProblemNamingTheFieldAndAnInvisibleRecordIsNotFound() throws Exception {
        mvc.perform(as("oakfield", post("/api/v1/actions")).content(body(LocalDate.now().minusDays(1))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("dueOn"));
        mvc.perform(as("surgery", post("/api/v1/actions")).content(body(LocalDate.now().plusDays(1)))).andExpect(status().isNotFound());
        mvc.perform(as("hillford", post("/api/v1/actions")).content(body(LocalDate.now().plusDays(1)))).andExpect(status().isNotFound());
        mvc.perform(as("oakfield", post("/api/v1/actions")).content(body(LocalDate.now()).replace("DECISION", "MEETING")))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyOutsiderIsAnsweredNotFoundOnEveryEndpoint() throws Exception {
        String id = set();
        for (String outsider : new String[] {"surgery", "academy", "hillford", "police"}) {
            mvc.perform(as(outsider, get("/api/v1/actions/" + id))).andExpect(status().isNotFound());
            mvc.perform(as(outsider, post("/api/v1/actions/" + id + "/outcome")).content("{\"outcome\": \"DONE\", \"text\": \"x\"}"))
                    .andExpect(status().isNotFound());
            mvc.perform(as(outsider, post("/api/v1/actions/" + id + "/agreement")).content("{\"agree\": true}"))
                    .andExpect(status().isNotFound());
            mvc.perform(as(outsider, get("/api/v1/actions?mine"))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.setByMe[*].id").value(not(hasItem(id))))
                    .andExpect(jsonPath("$.escalated[*].id").value(not(hasItem(id))));
        }
    }
}

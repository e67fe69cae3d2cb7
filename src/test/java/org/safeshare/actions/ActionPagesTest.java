package org.safeshare.actions;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The action pages: add with check-your-answers, the owner's home page and list, outcome and agreement; "not found" to outsiders. */
@SafeshareTest
class ActionPagesTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired Decisions decisions;
    @Autowired People people;
    @Autowired JsonMapper json;
    @Autowired ActionSetting setting;

    private ActionFixture fixture;
    private DecisionId decision;

    @BeforeEach
    void oakfieldHasRecordedADecision() {
        fixture = new ActionFixture(jdbc, signedIn);
        decision = fixture.decision(decisions, people, json);
    }

    private MockHttpServletRequestBuilder form(String path, String as, LocalDate due) {
        return post(path).with(csrf()).with(signedIn.as(as)).param("about", "DECISION").param("id", decision.toString())
                .param("owner", fixture.healthVisitor().value()).param("whatToDo", "Visit the family at home")
                .param("doneWhen", "A home visit is recorded").param("dueOnDay", String.valueOf(due.getDayOfMonth()))
                .param("dueOnMonth", String.valueOf(due.getMonthValue())).param("dueOnYear", String.valueOf(due.getYear()));
    }

    @Test
    void theTeacherAddsAnActionChecksItSetsItAndTheHealthVisitorSeesItOnHerHomePage() throws Exception {
        mvc.perform(get("/decisions/" + decision).with(signedIn.as(ActionFixture.SETTER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/actions/new?about=DECISION&amp;id=" + decision)));
        mvc.perform(get("/actions/new").param("about", "DECISION").param("id", decision.toString()).with(signedIn.as(ActionFixture.SETTER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Add an action")))
                .andExpect(content().string(containsString("Nadia Clarke")));
        mvc.perform(form("/actions/new", ActionFixture.SETTER, LocalDate.now().minusDays(2))).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#dueOn\"")))
                .andExpect(content().string(containsString("The date the action is due must be today or in the future")))
                .andExpect(content().string(containsString("govuk-form-group--error")));
        mvc.perform(form("/actions/new", ActionFixture.SETTER, LocalDate.now().plusDays(3))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Check the action before setting it")));
        mvc.perform(form("/actions/new/set", ActionFixture.SETTER, LocalDate.now().plusDays(3)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/actions/*?set"));
        mvc.perform(get("/").with(signedIn.as(ActionFixture.OWNER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your actions"))).andExpect(content().string(containsString("Visit the family at home")));
        mvc.perform(get("/actions").with(signedIn.as(ActionFixture.OWNER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Visit the family at home")));
        mvc.perform(get("/actions").with(signedIn.as(ActionFixture.SETTER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Actions you set")));
    }

    @Test
    void theOwnerRecordsNotDoneAndTheSetterMustAnswerBeforeItCloses() throws Exception {
        ActionId id = ((ActionChange.Done) setting.set(signedIn.actor(ActionFixture.SETTER),
                fixture.forHealthVisitor(decision, LocalDate.now().plusDays(2)))).id();
        mvc.perform(get("/actions/" + id + "/outcome").with(signedIn.as(ActionFixture.OWNER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the outcome of the action")));
        mvc.perform(post("/actions/" + id + "/outcome").param("outcome", "NOT_DONE").with(csrf()).with(signedIn.as(ActionFixture.OWNER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#text\"")))
                .andExpect(content().string(containsString("Say why the action was not done")));
        mvc.perform(post("/actions/" + id + "/outcome").param("outcome", "NOT_DONE").param("text", "The family moved away").with(csrf())
                .with(signedIn.as(ActionFixture.OWNER))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actions/" + id).with(signedIn.as(ActionFixture.SETTER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Not done: waiting for agreement")))
                .andExpect(content().string(containsString("/actions/" + id + "/agreement")));
        mvc.perform(post("/actions/" + id + "/agreement").param("agree", "no").with(csrf()).with(signedIn.as(ActionFixture.SETTER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#reason\"")));
        mvc.perform(post("/actions/" + id + "/agreement").param("agree", "yes").with(csrf()).with(signedIn.as(ActionFixture.SETTER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/actions/" + id).with(signedIn.as(ActionFixture.OWNERS_DSL))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Not done (agreed)")));
    }

    @Test
    void outsidersGetNotFoundOnEveryActionPage() throws Exception {
        ActionId id = ((ActionChange.Done) setting.set(signedIn.actor(ActionFixture.SETTER),
                fixture.forHealthVisitor(decision, LocalDate.now().plusDays(2)))).id();
        for (String outsider : ActionFixture.OUTSIDERS) {
            for (String page : new String[] {"", "/outcome", "/agreement"}) {
                mvc.perform(get("/actions/" + id + page).with(signedIn.as(outsider))).andExpect(status().isNotFound());
            }
            mvc.perform(post("/actions/" + id + "/outcome").param("outcome", "DONE").param("text", "x").with(csrf())
                    .with(signedIn.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/actions/" + id + "/agreement").param("agree", "yes").with(csrf()).with(signedIn.as(outsider)))
                    .andExpect(status().isNotFound());
        }
        for (String outsider : new String[] {"gp@brook-lane.example", "dsl@hillford-primary.example", "dsl@riverside-academy.example"}) {
            mvc.perform(get("/actions/new").param("about", "DECISION").param("id", decision.toString()).with(signedIn.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(form("/actions/new/set", outsider, LocalDate.now().plusDays(1))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/actions/not-an-id").with(signedIn.as(ActionFixture.OWNER))).andExpect(status().isNotFound());
        mvc.perform(get("/actions/new").param("about", "NOTHING").param("id", decision.toString()).with(signedIn.as(ActionFixture.SETTER)))
                .andExpect(status().isNotFound());
    }
}

package org.safeshare.actions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.Decisions;
import org.safeshare.people.People;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The partnership's actions dashboard: charts with their tables and CSV, for partnership administrators and auditors only (403 for others). */
@SafeshareTest
class ActionDashboardTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired Decisions decisions;
    @Autowired People people;
    @Autowired JsonMapper json;
    @Autowired ActionSetting setting;

    @Test
    void theAdministratorAndAuditorSeeOverdueActionsByOrganisationWithATableAndACsv() throws Exception {
        ActionFixture fixture = new ActionFixture(jdbc, signedIn);
        ActionId id = ((ActionChange.Done) setting.set(signedIn.actor(ActionFixture.SETTER),
                fixture.forHealthVisitor(fixture.decision(decisions, people, json), LocalDate.now().plusDays(3)))).id();
        jdbc.sql("update action_item set due_on = ? where id = ?").params(LocalDate.now().minusDays(3), id.value()).update();
        for (String reader : new String[] {"partnership.admin@riverside-csc.example", "auditor@riverside-csc.example"}) {
            mvc.perform(get("/partnership/actions").with(signedIn.as(reader))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("role=\"img\"")))
                    .andExpect(content().string(containsString("<title id=\"overdue-actions-by-organisation-title\">")))
                    .andExpect(content().string(containsString("<th scope=\"row\" class=\"govuk-table__header\">Riverside Health Visiting Service</th>")))
                    .andExpect(content().string(containsString("/partnership/actions/open-actions-by-due-week.csv")));
        }
        mvc.perform(get("/partnership/actions/overdue-actions-by-organisation.csv").with(signedIn.as("auditor@riverside-csc.example")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"safeshare-overdue-actions-by-organisation-")))
                .andExpect(content().string(startsWith("Organisation,Overdue actions\r\n")))
                .andExpect(content().string(containsString("Riverside Health Visiting Service,")));
    }

    @Test
    void everyoneElseIsRefused() throws Exception {
        for (String reader : new String[] {ActionFixture.SETTER, ActionFixture.OWNERS_DSL, "admin@oakfield-primary.example",
                "auditor@oakfield-primary.example", "dsl@hillford-primary.example", "mash.officer@riverside-mash.example"}) {
            mvc.perform(get("/partnership/actions").with(signedIn.as(reader))).andExpect(status().isForbidden());
            mvc.perform(get("/partnership/actions/overdue-actions-by-organisation.csv").with(signedIn.as(reader))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/partnership/actions/anything-else.csv").with(signedIn.as("partnership.admin@riverside-csc.example")))
                .andExpect(status().isNotFound());
    }
}

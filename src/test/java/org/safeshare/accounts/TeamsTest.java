package org.safeshare.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Teams: the organisation administrator manages their own organisation's teams (audited); anyone in the partnership
 * reads them from the directory, in one query; another partnership, or another organisation's administrator, cannot.
 */
@SafeshareTest
class TeamsTest {

    static final String ADMIN = "partnership.admin@riverside-csc.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired Teams teams;
    @Autowired JdbcClient jdbc;

    private Team aTeamWithTheSocialWorker() {
        Actor admin = signedIn.actor(ADMIN);
        Team team = ((TeamChange.Done) teams.create(admin, "Duty team " + UUID.randomUUID().toString().substring(0, 8))).team();
        return ((TeamChange.Done) teams.addMember(admin, team.id(), signedIn.actor("social.worker@riverside-csc.example").id())).team();
    }

    @Test
    void theOrganisationAdministratorAddsATeamAndItsMembersAndEachChangeIsAudited() throws Exception {
        String name = "Front door " + UUID.randomUUID().toString().substring(0, 8);
        String location = mvc.perform(post("/organisation/teams").param("name", name).with(signedIn.as(ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID worker = signedIn.actor("social.worker@riverside-csc.example").id();
        mvc.perform(post(location + "/members").param("user", worker.toString()).with(signedIn.as(ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(signedIn.as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Remove")));
        UUID team = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select action from audit_event where touched like ? order by id").param("%TEAM:" + team + "%")
                .query(String.class).list()).containsExactly("TEAM_CREATED", "TEAM_MEMBER_ADDED");
    }

    @Test
    void aTeamNeedsANameThatIsNotTakenShownTheGovukWay() throws Exception {
        mvc.perform(post("/organisation/teams").param("name", " ").with(signedIn.as(ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter the team&#39;s name")));
        Team existing = aTeamWithTheSocialWorker();
        mvc.perform(post("/organisation/teams").param("name", existing.name()).with(signedIn.as(ADMIN)).with(csrf()))
                .andExpect(content().string(containsString("already has a team with this name")));
    }

    @Test
    void anotherOrganisationsAdministratorCannotSeeOrChangeTheTeam() throws Exception {
        Team team = aTeamWithTheSocialWorker();
        String oakfieldAdmin = "admin@oakfield-primary.example";
        mvc.perform(get("/organisation/teams/" + team.id()).with(signedIn.as(oakfieldAdmin))).andExpect(status().isNotFound());
        mvc.perform(post("/organisation/teams/" + team.id() + "/members").param("user", signedIn.actor("teacher@oakfield-primary.example").id().toString())
                .with(signedIn.as(oakfieldAdmin)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/organisation/teams").with(signedIn.as(oakfieldAdmin)))
                .andExpect(content().string(not(containsString(team.name()))));
        mvc.perform(get("/organisation/teams").with(signedIn.as("teacher@oakfield-primary.example"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorCannotAddAUserOfAnotherOrganisation() {
        Team team = aTeamWithTheSocialWorker();
        TeamChange change = teams.addMember(signedIn.actor(ADMIN), team.id(), signedIn.actor("teacher@oakfield-primary.example").id());
        assertThat(change).isInstanceOf(TeamChange.Refused.class);
    }

    @Test
    void thePartnershipReadsAnOrganisationsTeamsWithMembersAndAnotherPartnershipGetsNotFound() throws Exception {
        Team team = aTeamWithTheSocialWorker();
        OrganisationId csc = team.organisationId();
        mvc.perform(get("/organisations/" + csc + "/teams").with(signedIn.as("teacher@oakfield-primary.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(team.name())));
        mvc.perform(get("/api/v1/organisations/" + csc + "/teams").header("Authorization", "Bearer demo-oakfield-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '" + team.name() + "')].members[0].displayName").exists());
        mvc.perform(get("/organisations/" + csc + "/teams").with(signedIn.as("dsl@hillford-primary.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + csc + "/teams").header("Authorization", "Bearer demo-hillford-token"))
                .andExpect(status().isNotFound());
    }

    @Test
    void teamsAndTheirMembersAreReadInOneQuery() throws Exception {
        aTeamWithTheSocialWorker();
        aTeamWithTheSocialWorker();
        Actor reader = signedIn.actor("teacher@oakfield-primary.example");
        OrganisationId csc = new OrganisationId(signedIn.actor(ADMIN).organisationId());
        // Besides the organisation's visibility check, one statement reads every team with its members.
        assertThat(Statements.during(() -> teams.of(reader, csc)).stream().filter(sql -> sql.contains("team"))).hasSize(1);
    }
}

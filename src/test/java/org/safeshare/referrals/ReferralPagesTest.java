package org.safeshare.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.referrals.domain.DisagreementLevel;
import org.safeshare.referrals.domain.Outcome;
import org.safeshare.support.GovukErrors;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The referral pages: two steps to send, the GOV.UK error pattern on every refusal, and "not found" to anyone else. */
@SafeshareTest
class ReferralPagesTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired Referrals referrals;
    @Autowired Triage triage;
    @Autowired Disagreements disagreements;
    @Autowired org.safeshare.decisions.Decisions decisions;
    @Autowired org.safeshare.people.People people;
    @Autowired tools.jackson.databind.json.JsonMapper json;

    private ReferralFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ReferralFixture(jdbc, signedIn);
    }

    @Test
    void theTeacherSendsAReferralInTwoStepsAfterTheCall999Warning() throws Exception {
        String ava = fixture.ava(ReferralFixture.TEACHER).toString();
        mvc.perform(get("/referrals/new").param("person", ava).with(signedIn.as(ReferralFixture.TEACHER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("call 999 now")))
                .andExpect(content().string(containsString("Jane Thompson")));
        var form = form(post("/referrals/new"), ava);
        mvc.perform(form.with(signedIn.as(ReferralFixture.TEACHER)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Check your referral before sending it")));
        String location = mvc.perform(form(post("/referrals/new/send"), ava).with(signedIn.as(ReferralFixture.TEACHER)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/referrals/").endsWith("?sent");
        mvc.perform(get(location.replace("?sent", "")).with(signedIn.as(ReferralFixture.MASH))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Add an action")))
                .andExpect(content().string(containsString("Record the decision")));
    }

    @Test
    void aReferralMissingItsFactsShowsTheGovukErrorSummaryNamingTheField() throws Exception {
        String html = mvc.perform(post("/referrals/new").param("personId", fixture.ava(ReferralFixture.TEACHER).toString())
                        .param("type", "CHILDRENS_SOCIAL_CARE").param("immediateDanger", "no").param("risk", "Harm")
                        .param("familyTold", "TOLD_AND_AGREED").param("familyResponse", "Agreed")
                        .with(signedIn.as(ReferralFixture.TEACHER)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(GovukErrors.check(html)).containsOnlyKeys("concernFacts");
    }

    @Test
    void twoOpenDisagreementsHaveAnAnswerBoxEachWithItsOwnIdAndAnEmptyAnswerIsShownAgainstTheOneAnswered() throws Exception {
        ReferralId id = fixture.sent(referrals);
        triage.decide(signedIn.actor(ReferralFixture.MASH), id, new Assessment.DecisionMade(Outcome.NO_FURTHER_ACTION, "Explained by a fall", null));
        disagreements.raise(signedIn.actor(ReferralFixture.OAKFIELD_DSL), id, "The bruises are grip marks", DisagreementLevel.TEAM_MANAGER);
        disagreements.raise(signedIn.actor(ReferralFixture.OAKFIELD_DSL), id, "She said it again", DisagreementLevel.SERVICE_MANAGER);
        List<UUID> open = referrals.view(signedIn.actor(ReferralFixture.MASH), id).disagreements().stream().map(Referral.Disagreement::id).toList();
        String page = mvc.perform(get("/referrals/" + id).with(signedIn.as(ReferralFixture.MASH))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(GovukErrors.duplicateIds(page)).as("ids on the page are unique").isEmpty();
        assertThat(page).contains("id=\"answer-" + open.get(0) + "\"", "id=\"answer-" + open.get(1) + "\"");
        String refused = mvc.perform(post("/referrals/" + id + "/disagreements/" + open.get(1) + "/answer").param("answer", " ")
                        .with(signedIn.as(ReferralFixture.MASH)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(GovukErrors.check(refused)).as("the error links to the box of the disagreement answered").containsOnlyKeys("answer-" + open.get(1));
        assertThat(GovukErrors.duplicateIds(refused)).isEmpty();
    }

    @Test
    void aStrategyDiscussionDatedWithATwoFigureYearIsRefusedWithTheOtherProblemsAndWhatWasTypedKept() throws Exception {
        ReferralId id = fixture.sent(referrals);
        String refused = mvc.perform(post("/referrals/" + id + "/strategy-discussion").param("heldOnDay", "1").param("heldOnMonth", "12")
                        .param("heldOnYear", "26").param("shared", "School attendance").with(signedIn.as(ReferralFixture.MASH)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(GovukErrors.check(refused)).containsEntry("heldOn", "Year must include 4 numbers").containsKeys("attendees", "decision")
                .doesNotContainKey("shared");
        assertThat(refused).contains("value=\"26\"").contains("School attendance");
    }

    @Test
    void aRatingWithoutRationaleAndADecisionWithoutReasonsShowTheErrorSummary() throws Exception {
        ReferralId id = fixture.sent(referrals);
        String rating = mvc.perform(post("/referrals/" + id + "/rating").param("rating", "RED")
                        .with(signedIn.as(ReferralFixture.MASH)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(GovukErrors.check(rating)).containsOnlyKeys("rationale");
        String decision = mvc.perform(post("/referrals/" + id + "/decision").param("outcome", "EARLY_HELP")
                        .with(signedIn.as(ReferralFixture.MASH)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(GovukErrors.check(decision)).containsOnlyKeys("reasons");
    }

    @Test
    void everyReferralPageIsNotFoundToAThirdOrganisationAndAnotherPartnership() throws Exception {
        ReferralId id = fixture.sent(referrals);
        String d = UUID.randomUUID().toString();
        for (String outsider : ReferralFixture.OUTSIDERS) {
            for (MockHttpServletRequestBuilder request : List.of(get("/referrals/" + id), get("/referrals/" + id + "/ask"),
                    get("/referrals/" + id + "/strategy-discussion"),
                    post("/referrals/" + id + "/rating").param("rating", "RED").param("rationale", "x"),
                    post("/referrals/" + id + "/decision").param("outcome", "EARLY_HELP").param("reasons", "x"),
                    post("/referrals/" + id + "/ask").param("person", d).param("organisations", d).param("questions", "x"),
                    post("/referrals/" + id + "/strategy-discussion").param("shared", "x"),
                    post("/referrals/" + id + "/disagreements").param("reason", "x").param("level", "TEAM_MANAGER"),
                    post("/referrals/" + id + "/disagreements/" + d + "/answer").param("answer", "x"))) {
                mvc.perform(request.with(signedIn.as(outsider)).with(csrf())).andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/mash/queue").with(signedIn.as("dsl@riverside-academy.example"))).andExpect(status().isNotFound());
        mvc.perform(get("/referrals/new").param("person", fixture.ava(ReferralFixture.TEACHER).toString())
                .with(signedIn.as("dsl@hillford-primary.example"))).andExpect(status().isNotFound());
    }

    @Test
    void theMashQueueListsTheReferralAndTheReferrerListsTheirs() throws Exception {
        ReferralId id = fixture.sent(referrals);
        mvc.perform(get("/mash/queue").with(signedIn.as(ReferralFixture.MASH))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/referrals/" + id)));
        mvc.perform(get("/referrals").with(signedIn.as(ReferralFixture.OAKFIELD_DSL))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/referrals/" + id)));
        mvc.perform(get("/referrals").with(signedIn.as("dsl@riverside-academy.example"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/referrals/" + id))));
    }

    @Test
    void referNowOnTheTeachersDecisionStartsTheReferralPreFilledAndLinkedToIt() throws Exception {
        UUID decision = referNowDecision();
        mvc.perform(get("/decisions/" + decision).with(signedIn.as(ReferralFixture.TEACHER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/referrals/new?decision=" + decision)));
        mvc.perform(get("/referrals/new").param("decision", decision.toString()).with(signedIn.as(ReferralFixture.TEACHER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("boyfriend grabbed her")))
                .andExpect(content().string(containsString("value=\"" + decision + "\"")));
        String ava = fixture.ava(ReferralFixture.TEACHER).toString();
        String location = mvc.perform(form(post("/referrals/new/send"), ava).param("decisionId", decision.toString())
                        .with(signedIn.as(ReferralFixture.TEACHER)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        ReferralId id = ReferralId.parse(location.replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1")).orElseThrow();
        assertThat(referrals.view(signedIn.actor(ReferralFixture.MASH), id).decisionId()).contains(decision);
        // Another organisation's decision cannot start a referral: not found.
        mvc.perform(get("/referrals/new").param("decision", decision.toString()).with(signedIn.as("dsl@riverside-academy.example")))
                .andExpect(status().isNotFound());
    }

    /** The teacher's decision about Ava whose recommendation is "refer now" (significant harm suspected). */
    private UUID referNowDecision() throws Exception {
        var teacher = signedIn.actor(ReferralFixture.TEACHER);
        UUID mash = fixture.organisation("Riverside MASH");
        var decision = new org.safeshare.decisions.DecisionTaken(org.safeshare.decisions.DecisionTaken.Choice.SHARE,
                "Ava said her mum's boyfriend grabbed her", null, "Referral to the MASH", mash, "MASH duty officer",
                List.of(new org.safeshare.decisions.DecisionTaken.InformationItem("Injury", "Bruises", org.safeshare.decisions.DecisionTaken.FactOrOpinion.FACT, null)),
                org.safeshare.decisions.DecisionTaken.SharingMethod.SECURE_PORTAL, null,
                org.safeshare.decisions.DecisionTaken.SubjectInformed.NOT_INFORMED, "Telling the family could put Ava at risk",
                "Seeking consent could increase the risk", null, null);
        var change = decisions.record(teacher, java.util.Optional.of(people.visible(teacher, new org.safeshare.people.PersonId(fixture.ava(ReferralFixture.TEACHER)))),
                json.readValue(org.safeshare.decisions.DecisionApiTest.FACTS, org.safeshare.decisions.SharingFacts.class), decision);
        return ((org.safeshare.decisions.DecisionChange.Recorded) change).id().value();
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String ava) {
        return request.param("personId", ava).param("type", "CHILDRENS_SOCIAL_CARE").param("immediateDanger", "no")
                .param("concernFacts", "Bruises on both arms").param("concernOpinion", "").param("concernHistorical", "")
                .param("risk", "Significant harm suspected").param("familyTold", "NOT_TOLD")
                .param("familyResponse", "Telling her mother could put her at risk").param("otherAgencies", "");
    }
}

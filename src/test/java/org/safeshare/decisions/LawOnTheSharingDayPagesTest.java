package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The pages for a voluntary sector user: the flow asks whether they are answering a public body's request and tells
 * them, in plain words, which basis applies; it asks a public authority nothing new. Commencement dates and who-is-
 * sharing corrections are for a partnership administrator, audited.
 */
@SafeshareTest
class LawOnTheSharingDayPagesTest {

    static final String CHARITY = "worker@safe-harbour.example";
    static final String TEACHER = "teacher@oakfield-primary.example";
    static final String ADMIN = "partnership.admin@riverside-csc.example";

    /** A bruised 7-year-old; seeking consent would increase the risk; no request from a public body. */
    static final Map<String, List<String>> BRUISED_CHILD = Map.ofEntries(
            Map.entry("purpose", List.of("SAFEGUARDING")), Map.entry("legitimate", List.of("YES")), Map.entry("danger", List.of("NO")),
            Map.entry("risk", List.of("SIGNIFICANT_HARM_SUSPECTED")), Map.entry("kind", List.of("CHILD")), Map.entry("age", List.of("7")),
            Map.entry("information", List.of("identifiesIndividual")), Map.entry("consent", List.of("NOT_SOUGHT")),
            Map.entry("competent", List.of("NO")), Map.entry("seeking-consent", List.of("seekingWouldIncreaseRisk")),
            Map.entry("crime", List.of("NONE")), Map.entry("legal", List.of("NONE")), Map.entry("request", List.of("NONE")),
            Map.entry("recipient", List.of("hasRoleInSafeguarding", "identityVerified", "secureChannelAvailable")));

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    /** Answers every question the flow asks, in its order; returns the questions asked and the outcome page. */
    private Journey walk(String email, Map<String, List<String>> answers) throws Exception {
        // The session store is Spring Session's, found by its cookie, so the cookie carries the journey from page to page.
        List<String> asked = new ArrayList<>();
        var start = mvc.perform(get("/decisions/new").with(signedIn.as(email))).andReturn().getResponse();
        jakarta.servlet.http.Cookie[] session = start.getCookies();
        String location = start.getRedirectedUrl();
        assertThat(location).as("starting: %s %s", start.getStatus(), start.getContentAsString()).isNotNull();
        while (!location.endsWith("/check")) {
            String question = location.substring(location.lastIndexOf('/') + 1);
            asked.add(question);
            var request = post(location).cookie(session).with(signedIn.as(email)).with(csrf());
            for (String value : answers.get(question)) {
                request.param("answer", value);
            }
            var response = mvc.perform(request).andReturn().getResponse();
            location = response.getRedirectedUrl();
            assertThat(location).as("answering %s: %s %s %s", question, response.getStatus(), response.getErrorMessage(), response.getContentAsString()).isNotNull();
        }
        MvcResult outcome = mvc.perform(get(location.replace("/check", "/outcome")).cookie(session).with(signedIn.as(email)))
                .andExpect(status().isOk()).andReturn();
        return new Journey(asked, outcome.getResponse().getContentAsString());
    }

    record Journey(List<String> asked, String outcome) {}

    @Test
    void aCharityWorkerIsToldToShareUnderRecognisedLegitimateInterestWithReasonsInPlainWords() throws Exception {
        Journey journey = walk(CHARITY, BRUISED_CHILD);
        assertThat(journey.asked()).contains("request");
        assertThat(journey.outcome())
                .contains("Share the information without consent")
                .contains("Recognised legitimate interest (UK GDPR Article 6(1)(ea)), Annex 1 paragraph 6 (safeguarding a vulnerable individual)")
                .contains("Your organisation is not a public authority, so public task (Article 6(1)(e)) is not your basis")
                .contains("you do not need to weigh it against the person&#39;s interests")
                .doesNotContain("Public task (UK GDPR Article 6(1)(e))");
    }

    @Test
    void aCharityWorkerAnsweringTheMashsRequestIsToldAnnex1Paragraph1() throws Exception {
        var answers = new java.util.HashMap<>(BRUISED_CHILD);
        answers.put("request", List.of("fromPublicAuthority", "statesPublicTask"));
        assertThat(walk(CHARITY, answers).outcome()).contains("Annex 1 paragraph 1 (answering a public body&#39;s request for its public task)");
    }

    @Test
    void theFlowAsksAPublicAuthorityNothingNewAndStillGivesPublicTask() throws Exception {
        Journey journey = walk(TEACHER, BRUISED_CHILD);
        assertThat(journey.asked()).doesNotContain("request", "recipient-covered", "more-detrimental");
        assertThat(journey.outcome()).contains("Public task (UK GDPR Article 6(1)(e))").doesNotContain("Annex 1");
    }

    @Test
    void theLawPageExplainsRecognisedLegitimateInterestAndTheDutyToShareWithTheirSources() throws Exception {
        String page = mvc.perform(get("/decisions/law").with(signedIn.as(CHARITY))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Data (Use and Access) Act 2025 section 70").contains("Annex 1 paragraph 6")
                .contains("Children Act 2004").contains("section 16LA").contains("more detrimental to the child");
    }

    @Test
    void onlyAPartnershipAdministratorSetsACommencementDateAndEachSettingIsAudited() throws Exception {
        mvc.perform(get("/partnership/commencement").with(signedIn.as(TEACHER))).andExpect(status().isForbidden());
        mvc.perform(post("/partnership/commencement/s16LA").with(signedIn.as(TEACHER)).with(csrf()).param("day", "1")
                .param("month", "9").param("year", "2026").param("madeBy", "SI 2026/999")).andExpect(status().isForbidden());
        mvc.perform(get("/partnership/commencement").with(signedIn.as(ADMIN))).andExpect(status().isOk());
        String refused = mvc.perform(post("/partnership/commencement/s16LA").with(signedIn.as(ADMIN)).with(csrf()).param("day", "1")
                        .param("month", "9").param("year", "2025").param("madeBy", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary").contains("on or after 29 April 2026").contains("govuk-form-group--error");
        long before = audited("COMMENCEMENT_DATE_SET");
        mvc.perform(post("/partnership/commencement/s16LC").with(signedIn.as(ADMIN)).with(csrf()).param("day", "1")
                .param("month", "9").param("year", "2027").param("madeBy", "SI 2027/1 (test)"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/partnership/commencement").with(signedIn.as(ADMIN))).andReturn().getResponse().getContentAsString())
                .contains("In force from 1 September 2027");
        mvc.perform(post("/partnership/commencement/s16LC").with(signedIn.as(ADMIN)).with(csrf()).param("madeBy", "Entered for a test"))
                .andExpect(status().is3xxRedirection());
        assertThat(audited("COMMENCEMENT_DATE_SET")).isEqualTo(before + 2);
    }

    @Test
    void anUnreadableCommencementDateDoesNotHideTheRegulationsErrorAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/partnership/commencement/s16LA").with(signedIn.as(ADMIN)).with(csrf()).param("day", "40")
                .param("month", "9").param("year", "2026").param("madeBy", "")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Map<String, String> errors = org.safeshare.support.GovukErrors.check(page);
        assertThat(errors.keySet()).containsExactly("day", "madeBy");
        assertThat(errors.get("day")).isEqualTo("Commencement date must be a real date");
        assertThat(page).contains("id=\"day\" name=\"day\" type=\"text\" inputmode=\"numeric\" value=\"40\"");
    }

    @Test
    void aPostedFieldTheSharerStatusFormDoesNotNameChangesNothing() throws Exception {
        String charity = jdbc.sql("select id from organisation where name = 'Safe Harbour Family Support'").query(String.class).single();
        String name = "Safe Harbour Family Support";
        mvc.perform(post("/partnership/organisations/" + charity + "/sharer").with(signedIn.as(ADMIN)).with(csrf())
                .param("publicAuthority", "NO").param("coveredByDutyToShare", "YES").param("name", "Renamed")
                .param("partnershipId", java.util.UUID.randomUUID().toString())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select name from organisation where id = ?::uuid").param(charity).query(String.class).single()).isEqualTo(name);
        mvc.perform(post("/partnership/organisations/" + charity + "/sharer").with(signedIn.as(ADMIN)).with(csrf())
                .param("publicAuthority", "NO").param("coveredByDutyToShare", "NO")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aPartnershipAdministratorCorrectsWhetherAnOrganisationIsAPublicAuthorityAudited() throws Exception {
        String charity = jdbc.sql("select id from organisation where name = 'Safe Harbour Family Support'").query(String.class).single();
        mvc.perform(get("/partnership/organisations/" + charity + "/sharer").with(signedIn.as(TEACHER))).andExpect(status().isForbidden());
        mvc.perform(get("/partnership/organisations/" + charity + "/sharer").with(signedIn.as(ADMIN))).andExpect(status().isOk());
        String refused = mvc.perform(post("/partnership/organisations/" + charity + "/sharer").with(signedIn.as(ADMIN)).with(csrf())
                .param("publicAuthority", "NO")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary").contains("covered by the duty to share");
        long before = audited("ORGANISATION_SHARER_STATUS_CORRECTED");
        mvc.perform(post("/partnership/organisations/" + charity + "/sharer").with(signedIn.as(ADMIN)).with(csrf())
                .param("publicAuthority", "NO").param("coveredByDutyToShare", "YES")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select covered_by_duty_to_share from organisation where id = ?::uuid").param(charity).query(Boolean.class).single())
                .isTrue();
        mvc.perform(post("/partnership/organisations/" + charity + "/sharer").with(signedIn.as(ADMIN)).with(csrf())
                .param("publicAuthority", "NO").param("coveredByDutyToShare", "NO")).andExpect(status().is3xxRedirection());
        assertThat(audited("ORGANISATION_SHARER_STATUS_CORRECTED")).isEqualTo(before + 2);
        String hillford = jdbc.sql("select id from organisation where name = 'Hillford Primary School'").query(String.class).single();
        mvc.perform(get("/partnership/organisations/" + hillford + "/sharer").with(signedIn.as(ADMIN))).andExpect(status().isNotFound());
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = ?").param(action).query(Long.class).single();
    }
}

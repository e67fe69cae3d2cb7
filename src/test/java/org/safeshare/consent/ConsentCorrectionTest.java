package org.safeshare.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeshare.consent.domain.ConsentTerms;
import org.safeshare.people.People;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** A consent record is corrected, on its pages and through the API, by adding a version with its reason; nothing is overwritten. */
@SafeshareTest
class ConsentCorrectionTest {

    private static final String NADIA = HealthVisitingFamily.HEALTH_VISITOR;

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired Consents consents;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private HealthVisitingFamily family() {
        return new HealthVisitingFamily(jdbc);
    }

    private ConsentId recorded() {
        Actor nadia = signedIn.actor(NADIA);
        return ((ConsentChange.Recorded) consents.record(nadia, people.visible(nadia, family().person("Isla")), family().mothersConsent(consents.today(), null))).id();
    }

    private int versions(ConsentId id) {
        return consents.view(signedIn.actor(NADIA), id).versions().size();
    }

    private MockHttpServletRequestBuilder correction(ConsentId id, String token, ConsentTerms terms, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("terms", terms);
        body.put("reason", reason);
        return post("/api/v1/consents/" + id + "/corrections").header("Authorization", "Bearer demo-" + token + "-token")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    @Test
    void theApiKeepsTheFirstVersionAndAddsTheCorrectionWithItsReason() throws Exception {
        ConsentId id = recorded();
        LocalDate today = consents.today();
        ConsentTerms sixMonths = family().mothersConsent(today, today.plusMonths(6));
        mvc.perform(correction(id, "health-visiting", sixMonths, "Kate asked for six months")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[0].terms.expiresOn").value(today.plusMonths(12).toString()))
                .andExpect(jsonPath("$.versions[0].correctionReason").doesNotExist())
                .andExpect(jsonPath("$.versions[1].terms.expiresOn").value(today.plusMonths(6).toString()))
                .andExpect(jsonPath("$.versions[1].correctionReason").value("Kate asked for six months"));
    }

    @Test
    void theApiRefusesACorrectionWithoutAReasonAndNothingIsSaved() throws Exception {
        ConsentId id = recorded();
        ConsentTerms terms = family().mothersConsent(consents.today(), null);
        mvc.perform(correction(id, "health-visiting", terms, " ")).andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(content().string(containsString("Enter the reason for the correction")));
        assertThat(versions(id)).isEqualTo(1);
    }

    @Test
    void anotherOrganisationCannotCorrectARecordItDoesNotHold() throws Exception {
        ConsentId id = recorded();
        ConsentTerms terms = family().mothersConsent(consents.today(), null);
        for (String outsider : new String[] {"surgery", "early-help", "hillford"}) {
            mvc.perform(correction(id, outsider, terms, "Not ours to correct")).andExpect(status().isNotFound());
        }
        assertThat(versions(id)).isEqualTo(1);
    }

    @Test
    void theCorrectionFormStartsFromTheCurrentVersionAndNeedsAReason() throws Exception {
        ConsentId id = recorded();
        mvc.perform(get("/consents/" + id).with(signedIn.as(NADIA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/consents/" + id + "/correction")));
        mvc.perform(get("/consents/" + id + "/correction").with(signedIn.as(NADIA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Why are you correcting the record?")))
                .andExpect(content().string(containsString("Signed form scanned to the health visiting record")));
        for (String outsider : new String[] {HealthVisitingFamily.EARLY_HELP, "gp@brook-lane.example", "admin@oakfield-primary.example"}) {
            mvc.perform(get("/consents/" + id + "/correction").with(signedIn.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/consents/" + id + "/correction").with(signedIn.as(outsider)).with(csrf()).param("correctionReason", "x"))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void aCorrectionWithoutAReasonShowsTheErrorSummaryAndSavesNothing() throws Exception {
        ConsentId id = recorded();
        mvc.perform(withCurrentAnswers(id, post("/consents/" + id + "/correction").with(signedIn.as(NADIA)).with(csrf())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#correctionReason\"")))
                .andExpect(content().string(containsString("Enter the reason for the correction")));
        assertThat(versions(id)).isEqualTo(1);
    }

    @Test
    void aCorrectionWithAReasonIsSavedAsANewVersionShownInTheHistory() throws Exception {
        ConsentId id = recorded();
        LocalDate sixMonths = consents.today().plusMonths(6);
        mvc.perform(withCurrentAnswers(id, post("/consents/" + id + "/correction").with(signedIn.as(NADIA)).with(csrf()))
                        .param("expiresOnDay", String.valueOf(sixMonths.getDayOfMonth()))
                        .param("expiresOnMonth", String.valueOf(sixMonths.getMonthValue()))
                        .param("expiresOnYear", String.valueOf(sixMonths.getYear()))
                        .param("correctionReason", "Kate asked for six months, not twelve"))
                .andExpect(redirectedUrl("/consents/" + id + "?corrected=true"));
        ConsentRecord record = consents.view(signedIn.actor(NADIA), id);
        assertThat(record.versions()).hasSize(2);
        assertThat(record.versions().getFirst().terms().expiresOn()).isEqualTo(consents.today().plusMonths(12));
        assertThat(record.current().terms().expiresOn()).isEqualTo(sixMonths);
        assertThat(record.current().correctionReason()).isEqualTo("Kate asked for six months, not twelve");
        mvc.perform(get("/consents/" + id).param("corrected", "true").with(signedIn.as(NADIA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kate asked for six months, not twelve")));
    }

    /** The form as the correction page fills it from the current version (expiry left for the test to set). */
    private MockHttpServletRequestBuilder withCurrentAnswers(ConsentId id, MockHttpServletRequestBuilder request) {
        ConsentTerms t = consents.view(signedIn.actor(NADIA), id).current().terms();
        LocalDate given = t.givenOn();
        request.param("answer", t.answer().name()).param("giver", "person:" + t.giver().personId())
                .param("whatWillHappen", t.told().whatWillHappen()).param("whoWillBeTold", t.told().whoWillBeTold())
                .param("whoTheyMayTell", t.told().whoTheyMayTell()).param("why", t.told().why())
                .param("method", t.method().name()).param("evidence", t.evidence())
                .param("givenOnDay", String.valueOf(given.getDayOfMonth())).param("givenOnMonth", String.valueOf(given.getMonthValue()))
                .param("givenOnYear", String.valueOf(given.getYear()))
                .param("informationCategories", String.join("\n", t.scope().informationCategories()));
        t.scope().purposes().forEach(p -> request.param("purposes", p.name()));
        t.scope().recipientOrganisations().forEach(o -> request.param("recipientOrganisations", o.toString()));
        return request;
    }
}

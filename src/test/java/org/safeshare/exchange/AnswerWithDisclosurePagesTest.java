package org.safeshare.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.Sex;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Answering a request with a secure disclosure from the request page: the MASH asks the GP, the GP responds on its own
 * record of the child (the decision is filed there) and sends a disclosure in answer; the MASH sees it; no one else does.
 */
@SafeshareTest
class AnswerWithDisclosurePagesTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired PeopleSetUp setUp;
    @Autowired InformationRequests requests;

    private ExchangeFixture fixture;
    private RequestId id;

    @BeforeEach
    void theMashAsksTheSurgery() {
        fixture = new ExchangeFixture(jdbc, signedIn);
        id = ((RequestChange.Done) requests.send(signedIn.actor(ExchangeFixture.MASH), fixture.request(fixture.ava(setUp)))).id();
    }

    private PersonId theSurgerysAva() {
        Actor gp = signedIn.actor(ExchangeFixture.GP);
        return setUp.ensurePerson(new OrganisationId(gp.organisationId()), gp.id(), new PersonDraft(PersonKind.CHILD, "Ava", "Thompson",
                LocalDate.of(2015, 3, 27), null, Sex.FEMALE, "9990000018", null, List.of(), "12 Willow Road", null, "Riverside", "RV1 2AB"));
    }

    private MockHttpServletRequestBuilder response(String personId) {
        MockHttpServletRequestBuilder respond = post("/exchange/requests/" + id + "/respond").with(csrf()).with(signedIn.as(ExchangeFixture.GP))
                .param("choice", "ANSWER").param("answer[1]", "Registered with the surgery since birth").param("kind[1]", "FACT")
                .param("source[1]", "Practice register").param("riskLevel", "SIGNIFICANT_HARM_SUSPECTED").param("consentStatus", "NOT_SOUGHT")
                .param("consentRisks", "seekingConsentWouldIncreaseRisk").param("information", "confidential")
                .param("reasons", "The MASH needs it now").param("consentNotSoughtReason", "Asking would increase the risk")
                .param("subjectInformed", "NOT_INFORMED").param("notInformedReason", "Telling would increase the risk");
        return personId == null ? respond : respond.param("personId", personId);
    }

    private String page(String email, String path) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(email))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theGpAnswersWithASecureDisclosureAndOnlyTheMashSeesIt() throws Exception {
        PersonId gpAva = theSurgerysAva();
        assertThat(page(ExchangeFixture.GP, "/exchange/requests/" + id + "/respond")).contains("Your organisation’s record of this person")
                .contains(gpAva.toString());
        mvc.perform(response(gpAva.toString())).andExpect(status().is3xxRedirection());

        String requestPage = page(ExchangeFixture.GP, "/exchange/requests/" + id);
        assertThat(requestPage).contains("Answer with a secure disclosure");
        String link = requestPage.substring(requestPage.indexOf("/people/" + gpAva + "/disclosures/new"));
        link = link.substring(0, link.indexOf('"')).replace("&amp;", "&");
        String mashOfficer = signedIn.actor(ExchangeFixture.MASH).id().toString();
        assertThat(link).contains("requestId=" + id).contains("recipients=" + mashOfficer);

        String form = page(ExchangeFixture.GP, link);
        assertThat(form).contains("name=\"requestId\" value=\"" + id + "\"");
        assertThat(form).containsPattern("value=\"" + mashOfficer + "\"[^>]*checked");
        String decision = jdbc.sql("select decision_id from request_to_organisation where request_id = ? and decision_id is not null")
                .param(id.value()).query(String.class).single();
        assertThat(form).containsPattern("value=\"" + decision + "\"[^>]*checked");

        String location = mvc.perform(post("/people/" + gpAva + "/disclosures").with(csrf()).with(signedIn.as(ExchangeFixture.GP))
                        .param("requestId", id.toString()).param("decisionId", decision).param("recipients", mashOfficer)
                        .param("purpose", "In answer to the MASH's request").param("fields", "NAME").param("item0Kind", "FACT")
                        .param("item0Text", "Seen on 20 November with bruising to the arm").param("item0Source", "Consultation notes")
                        .param("told", "no").param("notToldReason", "Telling the family would increase the risk to Ava"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String disclosure = location.substring("/disclosures/".length(), location.indexOf('?'));

        assertThat(page(ExchangeFixture.MASH, "/exchange/requests/" + id)).contains("Open the disclosure sent in answer")
                .contains("/disclosures/" + disclosure);
        assertThat(page(ExchangeFixture.GP, "/exchange/requests/" + id)).doesNotContain("Answer with a secure disclosure");
        for (String outsider : List.of("dsl@riverside-academy.example", "dsl@hillford-primary.example")) {
            mvc.perform(get("/exchange/requests/" + id).with(signedIn.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/disclosures/" + disclosure).with(signedIn.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/people/" + gpAva + "/disclosures/new").param("requestId", id.toString()).with(signedIn.as(outsider)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void anAnswerFiledOnNoRecordExplainsWhyNoDisclosureCanBeSentFromThePage() throws Exception {
        mvc.perform(response(null)).andExpect(status().is3xxRedirection());
        String requestPage = page(ExchangeFixture.GP, "/exchange/requests/" + id);
        assertThat(requestPage).doesNotContain("Answer with a secure disclosure")
                .contains("Your organisation holds no record of this person in Safeshare");
        assertThat(page(ExchangeFixture.MASH, "/exchange/requests/" + id)).doesNotContain("Your organisation holds no record");
    }
}

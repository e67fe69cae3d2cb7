package org.safeshare.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.support.GovukErrors;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Information sharing agreements on pages and in the API: who records, who reads, and what covers a sharing. */
@SafeshareTest
class AgreementsTest {

    static final String ADMIN = "partnership.admin@riverside-csc.example";
    static final String IG_LEAD = "ig@riverside-hospital.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired Agreements agreements;

    private OrganisationId organisation(String name) {
        return OrganisationId.of(jdbc.sql("select id::text from organisation where name = ?").param(name).query(String.class).single());
    }

    private Agreement surgeryAndPolice(String title) {
        return ((AgreementChange.Recorded) agreements.record(signedIn.actor(ADMIN), new NewAgreement(title,
                Set.of(organisation("Brook Lane Surgery"), organisation("Riverside Police Public Protection Unit")),
                Set.of(AgreedPurpose.CRIME_PREVENTION), List.of("Injuries that may be caused by crime"),
                Set.of(LawfulBasisCited.LAW_ENFORCEMENT), LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31),
                "DPIA-2026-03", List.of("Dr B Lane, Caldicott guardian")))).agreement();
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, List<String>> fields) {
        fields.forEach((k, v) -> v.forEach(value -> request.param(k, value)));
        return request;
    }

    private Map<String, List<String>> hospitalAndMash() {
        return Map.ofEntries(Map.entry("title", List.of("Hospital and MASH protocol")),
                Map.entry("parties", List.of(organisation("Riverside General Hospital Emergency Department").toString(),
                        organisation("Riverside MASH").toString())),
                Map.entry("purposes", List.of("SAFEGUARDING")), Map.entry("informationCategories", List.of("Attendances\nInjuries")),
                Map.entry("lawfulBases", List.of("PUBLIC_TASK", "SAFEGUARDING_CONDITION")), Map.entry("startsOnDay", List.of("1")),
                Map.entry("startsOnMonth", List.of("4")), Map.entry("startsOnYear", List.of("2026")), Map.entry("reviewOnDay", List.of("1")),
                Map.entry("reviewOnMonth", List.of("4")), Map.entry("reviewOnYear", List.of("2027")),
                Map.entry("dpiaReference", List.of("DPIA-ED-9")), Map.entry("signatories", List.of("I G Lead, Information governance lead")));
    }

    @Test
    void anIgLeadRecordsAnAgreementOfTheirOrganisationAfterCheckingTheAnswersAndItIsAudited() throws Exception {
        mvc.perform(form(post("/agreements/new"), hospitalAndMash()).with(signedIn.as(IG_LEAD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check the agreement before recording it")))
                .andExpect(content().string(containsString("Safeguarding of children and individuals at risk (DPA 2018 Schedule 1 paragraph 18)")));
        String location = mvc.perform(form(post("/agreements"), hospitalAndMash()).with(signedIn.as(IG_LEAD)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring("/agreements/".length(), location.indexOf('?'));
        mvc.perform(get("/agreements/" + id).with(signedIn.as("teacher@oakfield-primary.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hospital and MASH protocol")))
                .andExpect(content().string(containsString("Riverside MASH")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'AGREEMENT_RECORDED' and touched like ?")
                .param("%AGREEMENT:" + id + "%").query(Long.class).single()).isOne();
    }

    @Test
    void missingAnswersAreShownTheGovukWay() throws Exception {
        String page = mvc.perform(post("/agreements/new").param("startsOnDay", "31").param("startsOnMonth", "2").param("startsOnYear", "2026")
                .with(signedIn.as(ADMIN)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The date's own problem, in the GOV.UK date input's words, hides none of the form's other problems.
        assertThat(GovukErrors.check(page)).containsEntry("startsOnDay", "The start date must be a real date")
                .containsKeys("title", "parties", "reviewOnDay", "signatories");
        page = mvc.perform(post("/agreements/new").param("title", "Two figures").param("reviewOnDay", "1").param("reviewOnMonth", "4")
                .param("reviewOnYear", "27").with(signedIn.as(ADMIN)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(GovukErrors.check(page)).containsEntry("reviewOnDay", "Year must include 4 numbers").containsKey("startsOnDay")
                .doesNotContainKey("title");
        assertThat(page).contains("value=\"27\"").contains("value=\"Two figures\"");
        page = mvc.perform(post("/agreements/new").with(signedIn.as(ADMIN)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(GovukErrors.check(page)).containsKeys("title", "parties", "purposes", "informationCategories", "lawfulBases", "startsOnDay",
                "reviewOnDay", "dpiaReference", "signatories");
    }

    @Test
    void anIgLeadCannotRecordAnAgreementTheirOrganisationIsNotPartyTo() {
        var change = agreements.record(signedIn.actor(IG_LEAD), new NewAgreement("Not ours",
                Set.of(organisation("Brook Lane Surgery"), organisation("Riverside MASH")), Set.of(AgreedPurpose.SAFEGUARDING),
                List.of("Anything"), Set.of(LawfulBasisCited.PUBLIC_TASK), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), null, "D-1",
                List.of("Someone")));
        assertThat(change).isInstanceOf(AgreementChange.Refused.class);
    }

    @Test
    void onlyThePartnershipAdministratorAndIgLeadsRecordAndAnotherPartnershipSeesNothing() throws Exception {
        Agreement agreement = surgeryAndPolice("Surgery and police protocol " + System.nanoTime());
        mvc.perform(get("/agreements/new").with(signedIn.as("teacher@oakfield-primary.example"))).andExpect(status().isForbidden());
        mvc.perform(form(post("/agreements"), hospitalAndMash()).with(signedIn.as("dsl@oakfield-primary.example")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agreements/" + agreement.id()).with(signedIn.as("dsl@hillford-primary.example"))).andExpect(status().isNotFound());
        mvc.perform(get("/agreements").with(signedIn.as("dsl@hillford-primary.example")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(agreement.title()))));
        mvc.perform(get("/api/v1/information-sharing-agreements/" + agreement.id()).header("Authorization", "Bearer demo-hillford-token"))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/information-sharing-agreements").header("Authorization", "Bearer demo-hillford-token"))
                .andExpect(jsonPath("$[?(@.title == '" + agreement.title() + "')]").isEmpty());
        mvc.perform(get("/api/v1/information-sharing-agreements").header("Authorization", "Bearer demo-surgery-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title == '" + agreement.title() + "')].purposes[0]").value("CRIME_PREVENTION"));
    }

    @Test
    void theApiRefusesAPartnerSystemRecordingAndNamesEachMissingField() throws Exception {
        mvc.perform(post("/api/v1/information-sharing-agreements").header("Authorization", "Bearer demo-csc-token")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"By a system\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/information-sharing-agreements").header("Authorization", "Bearer demo-csc-token")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": 12}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(post("/api/v1/information-sharing-agreements").header("Authorization", "Bearer demo-csc-token")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"purposes\": [\"GOSSIP\"]}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("purposes[0]"));
    }

    @Test
    void theApiListsPurposesAndLawfulBasesInItsOwnWordsWhateverTheDomainCallsThem() throws Exception {
        // The API's own enumerations (ADR 0022): a renamed domain value must not rename one a partner system sends.
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.AgreementJson.properties.purposes.items.enum").value(org.hamcrest.Matchers.contains(
                        "SAFEGUARDING", "EARLY_HELP", "INDIVIDUAL_CARE", "CRIME_PREVENTION", "LEGAL_PROCEEDINGS", "STATUTORY_DUTY", "OTHER")))
                .andExpect(jsonPath("$.components.schemas.AgreementBody.properties.lawfulBases.items.enum").value(org.hamcrest.Matchers.contains(
                        "PUBLIC_TASK", "LEGAL_OBLIGATION", "RECOGNISED_LEGITIMATE_INTEREST", "LEGITIMATE_INTERESTS", "CONSENT",
                        "SAFEGUARDING_CONDITION", "HEALTH_AND_SOCIAL_CARE", "LAW_ENFORCEMENT")));
        mvc.perform(get("/api/v1/information-sharing-agreements").header("Authorization", "Bearer demo-surgery-token"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].lawfulBases[0]").isString());
    }

    @Test
    void coveringFindsTheAgreementOnlyForItsPartiesPurposeAndDates() {
        Agreement agreement = surgeryAndPolice("Covering check " + System.nanoTime());
        OrganisationId surgery = organisation("Brook Lane Surgery");
        OrganisationId police = organisation("Riverside Police Public Protection Unit");
        assertThat(agreement.covers(surgery, police, AgreedPurpose.CRIME_PREVENTION, LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(agreements.covering(surgery, police, AgreedPurpose.CRIME_PREVENTION, LocalDate.of(2026, 6, 1))).isPresent();
        assertThat(agreement.covers(police, surgery, AgreedPurpose.CRIME_PREVENTION, LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(agreement.covers(surgery, police, AgreedPurpose.SAFEGUARDING, LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(agreement.covers(surgery, police, AgreedPurpose.CRIME_PREVENTION, LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(agreement.covers(surgery, police, AgreedPurpose.CRIME_PREVENTION, LocalDate.of(2028, 4, 1))).isFalse();
        assertThat(agreement.covers(surgery, organisation("Riverside MASH"), AgreedPurpose.CRIME_PREVENTION, LocalDate.of(2026, 6, 1))).isFalse();
    }
}

package org.safeshare.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SafeshareTest
class PeoplePagesTest {

    static final String DSL = "dsl@oakfield-primary.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private String avaId() {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
    }

    private long people() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    /** Posts a search and follows the redirect, whose address must hold a search id and none of the terms. */
    private Search search(String q) throws Exception {
        var posted = mvc.perform(post("/people").param("q", q).with(signedIn.as(DSL)).with(csrf()))
                .andExpect(redirectedUrlPattern("/people?search=*")).andReturn().getResponse();
        String location = posted.getRedirectedUrl();
        for (String word : q.split(" ")) {
            assertThat(location).doesNotContainIgnoringCase(word);
        }
        Cookie session = posted.getCookie("SAFESHARE_SESSION");
        return new Search(location, session, mvc.perform(get(location).cookie(session).with(signedIn.as(DSL)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    record Search(String location, Cookie session, String page) {}

    @Test
    void aChildsPageShowsTheirAgeBesideTheirDateOfBirth() throws Exception {
        int years = java.time.Period.between(java.time.LocalDate.of(2015, 3, 27),
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))).getYears();
        String page = mvc.perform(get("/people/" + avaId()).with(signedIn.as(DSL))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("27 March 2015").contains("(" + years + " years old)");
    }

    @Test
    void aBabysAgeIsGivenInMonths() {
        PeopleDates dates = new PeopleDates(java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T12:00:00Z"), java.time.ZoneOffset.UTC));
        assertThat(dates.age(java.util.Optional.of(java.time.LocalDate.of(2025, 1, 15)))).isEqualTo("22 months old");
        assertThat(dates.age(java.util.Optional.of(java.time.LocalDate.of(2024, 11, 30)))).isEqualTo("2 years old");
        assertThat(dates.age(java.util.Optional.empty())).isEmpty();
    }

    @Test
    void searchingForAvaFindsHerWithHerDateOfBirthAndNhsNumber() throws Exception {
        Search search = search("Ava Thompson");
        assertThat(search.page()).contains("Ava Thompson", "27 March 2015", "999 000 0018", "/people/new?search=")
                .doesNotContain("/people/new?q=").doesNotContain("method=\"get\"");
    }

    @Test
    void searchTermsInTheAddressAreIgnored() throws Exception {
        mvc.perform(get("/people").param("q", "Ava Thompson").with(signedIn.as(DSL)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("27 March 2015"))));
    }

    @Test
    void aSearchThatFindsNoOneSaysSoAndOffersToAddThePerson() throws Exception {
        assertThat(search("Zzyzx Nobody").page()).contains("No results", "Add a new person");
    }

    @Test
    void avasPageShowsHerFamilyWithWhoHasParentalResponsibility() throws Exception {
        mvc.perform(get("/people/" + avaId()).with(signedIn.as(DSL)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Family and network"), containsString("Jane Thompson"),
                        containsString("Has parental responsibility"), containsString("Birth mother (Children Act 1989"),
                        containsString("Father named on the birth register"), containsString("Ryan Cole"),
                        containsString("Household member"), containsString("Leo Thompson"), containsString("Unborn baby Thompson"))));
    }

    @Test
    void anInvalidFormShowsEveryErrorKeepsTheAnswersAndSavesNothing() throws Exception {
        long before = people();
        mvc.perform(post("/people/new").with(signedIn.as(DSL)).with(csrf())
                        .param("kind", "CHILD").param("givenName", "Keep Me").param("familyName", "")
                        .param("dateOfBirthDay", "31").param("dateOfBirthMonth", "2").param("dateOfBirthYear", "2016")
                        .param("nhsNumber", "943 476 5918").param("postcode", "nonsense"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#familyName\""),
                        containsString("Date of birth must be a real date"), containsString("href=\"#dateOfBirth\""),
                        containsString("Enter a valid NHS number: the check digit does not match"), containsString("Select sex"),
                        containsString("Enter a real postcode"), containsString("value=\"Keep Me\""),
                        containsString("<title>Error: Add a person"))));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void theErrorsOfTheAddPersonFormFollowTheGovukPatternInFormOrder() throws Exception {
        String page = mvc.perform(post("/people/new").with(signedIn.as(DSL)).with(csrf())
                        .param("kind", "CHILD").param("givenName", "Keep Me").param("familyName", "")
                        .param("dateOfBirthDay", "31").param("dateOfBirthMonth", "2").param("dateOfBirthYear", "2016")
                        .param("nhsNumber", "943 476 5918").param("postcode", "nonsense"))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.safeshare.support.GovukErrors.check(page).keySet())
                .containsExactly("familyName", "dateOfBirth", "sex", "nhsNumber", "addressLine1", "town", "postcode");
    }

    @Test
    void checkingYourAnswersThenSavingAddsThePerson() throws Exception {
        String family = "Pagetest" + UUID.randomUUID().toString().substring(0, 6);
        Cookie session = mvc.perform(post("/people/new").with(signedIn.as(DSL)).with(csrf())
                        .param("kind", "CHILD").param("givenName", "Nia").param("familyName", family).param("sex", "FEMALE")
                        .param("dateOfBirthDay", "3").param("dateOfBirthMonth", "4").param("dateOfBirthYear", "2017")
                        .param("addressLine1", "2 New Street").param("town", "Riverside").param("postcode", "rv2 4de"))
                .andExpect(redirectedUrl("/people/new/check")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        long before = people();
        mvc.perform(get("/people/new/check").cookie(session).with(signedIn.as(DSL)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Check your answers"), containsString("3 April 2017"),
                        containsString("2 New Street, Riverside, RV2 4DE"), not(containsString("Is this the person?")))));
        assertThat(people()).isEqualTo(before);

        mvc.perform(post("/people/new/check").cookie(session).with(signedIn.as(DSL)).with(csrf()))
                .andExpect(redirectedUrlPattern("/people/*?added=true"));
        assertThat(people()).isEqualTo(before + 1);
    }

    @Test
    void addingSomeoneWhoMayAlreadyBeHeldAsksForConfirmationFirst() throws Exception {
        Cookie session = mvc.perform(post("/people/new").with(signedIn.as(DSL)).with(csrf())
                        .param("kind", "CHILD").param("givenName", "Ava").param("familyName", "Thompson").param("sex", "FEMALE")
                        .param("dateOfBirthDay", "27").param("dateOfBirthMonth", "3").param("dateOfBirthYear", "2015"))
                .andExpect(redirectedUrl("/people/new/check")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/people/new/check").cookie(session).with(signedIn.as(DSL)))
                .andExpect(content().string(allOf(containsString("Is this the person?"), containsString("id=\"confirmNew\""))));
        long before = people();

        mvc.perform(post("/people/new/check").cookie(session).with(signedIn.as(DSL)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#confirmNew\""))));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void theAddFormShowsPossibleMatchesFromTheSearchThatLedThere() throws Exception {
        Search search = search("Ava Thompson");
        String id = search.location().substring(search.location().indexOf("search=") + 7);
        mvc.perform(get("/people/new").param("search", id).cookie(search.session()).with(signedIn.as(DSL)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Is this the person?"), containsString("value=\"Thompson\""))));
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefusedAndSavesNothing() throws Exception {
        long before = people();
        mvc.perform(post("/people/new/check").with(signedIn.as(DSL)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people/" + avaId() + "/relationships/new").with(signedIn.as(DSL))
                        .param("relatedPersonId", avaId()).param("type", "SIBLING").param("parentalResponsibility", "no"))
                .andExpect(status().isForbidden());
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void aRelationshipBreakingTheRulesIsShownAsErrorsAndSavesNothing() throws Exception {
        String leo = jdbc.sql("select id from person where nhs_number = '9990158398'").query(String.class).single();
        long before = jdbc.sql("select count(*) from relationship").query(Long.class).single();
        mvc.perform(post("/people/" + avaId() + "/relationships/new").with(signedIn.as(DSL)).with(csrf())
                        .param("relatedPersonId", leo).param("type", "SIBLING").param("parentalResponsibility", "yes")
                        .param("basis", "BIRTH_MOTHER"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#parentalResponsibility\""),
                        containsString("A sibling does not have parental responsibility"))));
        assertThat(jdbc.sql("select count(*) from relationship").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRelationshipCanBeAddedToSomeoneFoundBySearch() throws Exception {
        String family = "Relpage" + UUID.randomUUID().toString().substring(0, 6);
        String child = jdbcInsertViaPages(family, "Kit", "CHILD", "2018");
        String carer = jdbcInsertViaPages(family, "Pat", "ADULT", "1960");
        mvc.perform(post("/people/" + child + "/relationships/new").param("find", "true").param("q", "Pat " + family)
                        .with(signedIn.as(DSL)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + carer + "\"")));
        mvc.perform(post("/people/" + child + "/relationships/new").with(signedIn.as(DSL)).with(csrf())
                        .param("relatedPersonId", carer).param("type", "GRANDPARENT").param("parentalResponsibility", "yes")
                        .param("basis", "SPECIAL_GUARDIANSHIP_ORDER"))
                .andExpect(redirectedUrl("/people/" + child + "?relationshipAdded=true"));
        mvc.perform(get("/people/" + carer).with(signedIn.as(DSL)))
                .andExpect(content().string(allOf(containsString("Grandchild"), containsString("has parental responsibility for them"))));
    }

    private String jdbcInsertViaPages(String family, String given, String kind, String year) throws Exception {
        Cookie session = mvc.perform(post("/people/new").with(signedIn.as(DSL)).with(csrf())
                .param("kind", kind).param("givenName", given).param("familyName", family).param("sex", "NOT_RECORDED")
                .param("dateOfBirthDay", "1").param("dateOfBirthMonth", "1").param("dateOfBirthYear", year))
                .andExpect(redirectedUrl("/people/new/check")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        String location = mvc.perform(post("/people/new/check").cookie(session).with(signedIn.as(DSL)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/people/".length(), location.indexOf('?'));
    }
}

package org.safeshare.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeshare.consent.domain.Withdrawal;
import org.safeshare.decisions.DecisionChange;
import org.safeshare.decisions.Decisions;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.GovukErrors;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consent pages as a health visitor uses them: a withdrawn consent reads as withdrawn and says who was told (or that
 * no one was); "Back" after saving shows the record; the form's errors follow the GOV.UK pattern, all at once, in order.
 */
@SafeshareTest
class ConsentPagesTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired Consents consents;
    @Autowired ConsentWithdrawals withdrawals;
    @Autowired Decisions decisions;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private HealthVisitingFamily family() {
        return new HealthVisitingFamily(jdbc);
    }

    private Actor nadia() {
        return signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(signedIn.as(HealthVisitingFamily.HEALTH_VISITOR))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private ConsentId consentWithdrawn(boolean sharedOnItFirst) {
        HealthVisitingFamily family = family();
        PersonId isla = family.person("Isla");
        LocalDate today = consents.today();
        ConsentId id = ((ConsentChange.Recorded) consents.record(nadia(), people.visible(nadia(), isla), family.mothersConsent(today, null))).id();
        if (sharedOnItFirst) {
            assertThat(decisions.record(nadia(), Optional.of(people.visible(nadia(), isla)), HealthVisitingFamily.earlyHelpFacts(json),
                    family.shareWithEarlyHelp(id.value()))).isInstanceOf(DecisionChange.Recorded.class);
        }
        withdrawals.withdraw(nadia(), id, new Withdrawal(today, "Kate Brown", null, null, null));
        return id;
    }

    private ConsentId consentGiven() {
        HealthVisitingFamily family = family();
        PersonId isla = family.person("Isla");
        return ((ConsentChange.Recorded) consents.record(nadia(), people.visible(nadia(), isla), family.mothersConsent(consents.today(), null))).id();
    }

    @Test
    void aWithdrawnConsentIsHeadedWithdrawnAndShowsNoExpiry() throws Exception {
        String page = page("/consents/" + consentWithdrawn(false).value());
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Consent withdrawn</h1>").doesNotContain(">Expires</dt>");
    }

    @Test
    void withNoOneToTellTheBannerSaysNoOneWasTold() throws Exception {
        String page = page("/consents/" + consentWithdrawn(false).value() + "?withdrawn=true");
        assertThat(page).contains("Withdrawal recorded").contains("so no one was told").doesNotContain("have been told");
    }

    @Test
    void theBannerNamesTheOrganisationsThatWereTold() throws Exception {
        String page = page("/consents/" + consentWithdrawn(true).value() + "?withdrawn=true");
        assertThat(page).contains("Told through Safeshare, because they received information on this consent: Riverside Early Help.");
    }

    private MultiValueMap<String, String> mothersConsentForm() {
        HealthVisitingFamily family = family();
        LocalDate today = consents.today();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        Map.ofEntries(Map.entry("answer", "GIVEN"), Map.entry("giver", "person:" + family.person("Kate").value()),
                Map.entry("whatWillHappen", "Kept on Isla's early help record"), Map.entry("whoWillBeTold", "The family worker"),
                Map.entry("whoTheyMayTell", "No one else"), Map.entry("why", "Early help with feeding"), Map.entry("purposes", "EARLY_HELP"),
                Map.entry("recipientOrganisations", family.organisation("Riverside Early Help").toString()),
                Map.entry("informationCategories", "Health visiting notes"), Map.entry("method", "WRITTEN"),
                Map.entry("givenOnDay", String.valueOf(today.getDayOfMonth())), Map.entry("givenOnMonth", String.valueOf(today.getMonthValue())),
                Map.entry("givenOnYear", String.valueOf(today.getYear()))).forEach(form::add);
        return form;
    }

    private MockHttpServletResponse submit(String path, MultiValueMap<String, String> form, Cookie... session) throws Exception {
        var request = post(path).with(signedIn.as(HealthVisitingFamily.HEALTH_VISITOR)).with(csrf()).params(form);
        if (session.length > 0) {
            request.cookie(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void backAfterSavingTheConsentRecordShowsTheRecordAndSavesNothingTwice() throws Exception {
        String isla = family().person("Isla").value().toString();
        MockHttpServletResponse checked = submit("/people/" + isla + "/consents/new", mothersConsentForm());
        assertThat(checked.getRedirectedUrl()).isEqualTo("/people/" + isla + "/consents/check");
        Cookie[] session = checked.getCookies();
        String saved = submit("/people/" + isla + "/consents/check", new LinkedMultiValueMap<>(), session).getRedirectedUrl();
        assertThat(saved).startsWith("/consents/").endsWith("?recorded=true");
        String record = saved.substring(0, saved.indexOf('?'));

        var back = mvc.perform(get("/people/" + isla + "/consents/check").cookie(session).with(signedIn.as(HealthVisitingFamily.HEALTH_VISITOR)))
                .andReturn().getResponse();
        assertThat(back.getRedirectedUrl()).isEqualTo(record);
        long before = jdbc.sql("select count(*) from consent_record").query(Long.class).single();
        assertThat(submit("/people/" + isla + "/consents/check", new LinkedMultiValueMap<>(), session).getRedirectedUrl()).isEqualTo(record);
        assertThat(jdbc.sql("select count(*) from consent_record").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void fieldsTheConsentFormDoesNotNameAreNotReadIntoTheRecord() throws Exception {
        String isla = family().person("Isla").value().toString();
        String posted = java.util.UUID.randomUUID().toString();
        MultiValueMap<String, String> form = mothersConsentForm();
        form.add("id", posted);
        form.add("organisationId", family().organisation("Riverside Early Help").toString());
        form.add("status", "WITHDRAWN");
        MockHttpServletResponse checked = submit("/people/" + isla + "/consents/new", form);
        String saved = submit("/people/" + isla + "/consents/check", new LinkedMultiValueMap<>(), checked.getCookies()).getRedirectedUrl();
        String id = saved.substring("/consents/".length(), saved.indexOf('?'));
        assertThat(id).isNotEqualTo(posted);
        assertThat(jdbc.sql("select organisation_id::text from consent_record where id = ?::uuid").param(id).query(String.class).single())
                .isEqualTo(nadia().organisationId().toString());
        assertThat(page("/consents/" + id)).contains("Consent given").doesNotContain("Consent withdrawn");
    }

    @Test
    void aWithdrawalWithErrorsKeepsWhatWasTypedAndListsErrorsInFormOrder() throws Exception {
        String id = consentGiven().value().toString();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("withdrawnOnDay", "31");
        form.add("withdrawnOnMonth", "2");
        form.add("withdrawnOnYear", "2026");
        form.add("withdrawnBy", "Kate Brown");
        form.add("covers", "PART");
        form.add("note", "She said so on the phone");
        String page = submit("/consents/" + id + "/withdrawal", form).getContentAsString();
        Map<String, String> errors = GovukErrors.check(page);
        assertThat(errors.keySet()).containsExactly("withdrawnOn", "purposes");
        assertThat(page).contains("value=\"Kate Brown\"").contains("She said so on the phone");
    }

    @Test
    void anExpiryFourteenYearsAheadIsRefused() throws Exception {
        MultiValueMap<String, String> form = mothersConsentForm();
        LocalDate far = consents.today().plusYears(14);
        form.add("expiresOnDay", String.valueOf(far.getDayOfMonth()));
        form.add("expiresOnMonth", String.valueOf(far.getMonthValue()));
        form.add("expiresOnYear", String.valueOf(far.getYear()));
        String page = submit("/people/" + family().person("Isla").value() + "/consents/new", form).getContentAsString();
        assertThat(GovukErrors.check(page).get("expiresOn")).startsWith("Expiry date must be on or before")
                .contains("consent lasts at most 3 years");
    }

    @Test
    void aDateErrorShowsWithTheFormsOtherErrorsInFormOrderTheGovukWay() throws Exception {
        MultiValueMap<String, String> form = mothersConsentForm();
        form.remove("answer");
        form.set("givenOnDay", "41");
        form.set("whatWillHappen", "x".repeat(4001));
        String page = submit("/people/" + family().person("Isla").value() + "/consents/new", form).getContentAsString();
        Map<String, String> errors = GovukErrors.check(page);
        assertThat(errors).containsKeys("answer", "whatWillHappen", "givenOn");
        assertThat(errors.keySet()).containsSubsequence("answer", "whatWillHappen", "givenOn");
        assertThat(errors.get("whatWillHappen")).isEqualTo("What will happen to the information must be 4,000 characters or fewer");
        assertThat(errors.get("givenOn")).isEqualTo("Date consent was given or refused must be a real date");
    }

    @Test
    void aCapacityAssessmentsDateErrorShowsWithItsOtherErrorsInFormOrder() throws Exception {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("assessedOnDay", "40");
        form.add("assessedOnMonth", "1");
        form.add("assessedOnYear", "2026");
        String page = submit("/people/" + family().person("Isla").value() + "/capacity/new", form).getContentAsString();
        Map<String, String> errors = GovukErrors.check(page);
        assertThat(errors.keySet()).containsSubsequence("purpose", "decision", "assessedOn");
        assertThat(errors.get("assessedOn")).isEqualTo("Date of the assessment must be a real date");
    }
}

package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.safeshare.support.BrowserTest;

/**
 * The decision issue's "done when": a teacher worried about a bruised child reaches "share without
 * consent, refer to children's social care now" with reasons and lawful basis, records the decision,
 * and sees it on the child's page. Every page is checked with axe.
 */
class DecisionBrowserTest extends BrowserTest {

    private void choose(String label) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
    }

    private void next() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }

    private void answer(String heading, String... labels) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(heading);
        checkAccessible();
        for (String label : labels) {
            choose(label);
        }
        next();
    }

    @Test
    void aTeacherWorriedAboutABruisedChildSharesWithoutConsentAndRecordsIt() {
        signIn(page, "teacher@oakfield-primary.example");
        findPerson(page, "Ava Thompson");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ava Thompson")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Should I share information about Ava Thompson?")).click();

        answer("Why are you thinking of sharing", "To keep a child or an adult at risk safe (safeguarding)");
        answer("clear and legitimate reason", "Yes");
        next();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select yes if anyone is in immediate danger");
        checkAccessible();
        answer("immediate danger", "No");
        answer("How worried are you about Ava Thompson", "I have reasonable cause to suspect they are suffering, or likely to suffer, significant harm");
        answer("Which of these describe the information", "It identifies a person, or could with other information",
                "It is about health, sex life, ethnicity, religion or other special category data");
        answer("Has consent to share been given", "No, consent has not been asked for");
        answer("Gillick competent", "No");
        answer("Would asking for consent do any of these", "Put the child or someone else at greater risk");
        answer("Do any of these apply", "None of these");
        answer("court order or a law", "No");
        answer("who would receive it", "They have a role in keeping the person safe", "I have checked who they are",
                "There is a secure way to send it");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Check your answers");
        checkAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See what the guidance recommends")).click();

        assertThat(page.locator(".govuk-panel__title")).containsText("Share the information without consent");
        assertThat(page.locator(".govuk-panel")).containsText("Refer to children's social care");
        assertThat(page.locator("main")).containsText("Lawful basis");
        assertThat(page.locator("main")).containsText("Public task");
        assertThat(page.locator("main")).containsText("Schedule 1 paragraph 18");
        assertThat(page.locator("#refer-now")).containsText("Riverside MASH: 0300 555 0101");
        assertThat(page.locator("#refer-now")).containsText("Out of hours, Riverside Emergency Duty Team");
        assertThat(page.locator("main ol").first().locator("li")).hasCount(3);
        assertThat(page.locator("main")).not().containsText("Seed 0");
        checkAccessible();
        page.locator(".govuk-details__summary").first().click();
        assertThat(page.locator(".govuk-details__text").first()).containsText("HM Government information sharing advice (2024), golden rule");
        checkAccessible();
        apiGivesTheSameAnswer("SHARE_WITHOUT_CONSENT", "Share the information without consent");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record your decision")).click();
        checkAccessible();
        choose("I am sharing the information");
        page.getByLabel("Your reasons").fill("Bruising to both upper arms seen in PE; Ava said her mum's partner grabbed her.");
        next();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("What you are sharing");
        checkAccessible();
        page.getByLabel("Organisation you are sharing with").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Riverside MASH"));
        page.getByLabel("Name or role of the person you are sharing with").fill("Duty social worker");
        page.getByLabel("Purpose of sharing").fill("Referral: suspected physical abuse");
        page.locator("#information-0-category").fill("Injury seen");
        page.locator("#information-0-summary").fill("Four oval bruises on each upper arm, seen 21 November.");
        page.locator("#information-0-kind").check();
        page.getByLabel("Secure email").check();
        choose("No, they will not be told");
        page.getByLabel("If they will not be told, why not?").fill("Telling the family could put Ava at greater risk.");
        page.getByLabel("Why are you sharing without consent?").fill("Seeking consent would increase the risk to Ava.");
        next();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Check your decision");
        checkAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("Decision recorded");
        assertThat(page.locator("main")).containsText("Riverside MASH");
        checkAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back")).click();
        assertThat(page.locator("#decisions-heading")).isVisible();
        assertThat(page.locator("section[aria-labelledby=decisions-heading] table")).containsText("Share");
        checkAccessible();

        // The MASH, which received the information, sees which child it is about.
        var mashContext = newContext();
        Page mash = mashContext.newPage();
        watchForCspViolations(mash);
        signIn(mash, "mash.officer@riverside-mash.example");
        mash.navigate("/decisions");
        assertThat(mash.locator("main table")).containsText("Ava Thompson");
        assertThat(mash.locator("main table")).containsText("999 000 0018");
        checkAccessible(mash);
        mash.locator("main table a").first().click();
        assertThat(mash.locator("main")).containsText("Ava Thompson");
        assertThat(mash.locator("main")).containsText("27 March 2015");
        checkAccessible(mash);
        mashContext.close();
    }

    /** The same facts sent to the API give the outcome the page showed (one engine, one mapping). */
    private void apiGivesTheSameAnswer(String outcome, String pageWords) {
        String facts = """
                {"subject": {"kind": "CHILD", "ageYears": %d, "adultAtRisk": false},
                 "purpose": {"category": "SAFEGUARDING", "legitimate": "YES"},
                 "information": {"identifiesIndividual": true, "confidential": false, "specialCategory": true,
                                 "criminalOffence": false, "identitiesAtRisk": false},
                 "consent": {"status": "NOT_SOUGHT", "subjectCompetent": false, "seekingWouldIncreaseRisk": true,
                             "seekingWouldCauseHarmfulDelay": false, "seekingWouldPrejudiceInvestigation": false},
                 "risk": {"level": "SIGNIFICANT_HARM_SUSPECTED", "seriousCrime": false, "buildingPicture": false},
                 "legalRequirement": "NONE",
                 "recipient": {"hasRoleInSafeguarding": true, "identityVerified": true, "secureChannelAvailable": true}}"""
                .formatted(java.time.Period.between(java.time.LocalDate.of(2015, 3, 27), java.time.LocalDate.now()).getYears());
        var response = page.request().post("/api/v1/decision-support/evaluations", com.microsoft.playwright.options.RequestOptions.create()
                .setHeader("Authorization", "Bearer demo-oakfield-token").setHeader("Content-Type", "application/json").setData(facts));
        org.assertj.core.api.Assertions.assertThat(response.status()).as(response.text()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.text()).contains("\"outcome\":\"" + outcome + "\"")
                .contains("REFER_TO_CHILDRENS_SOCIAL_CARE").contains("\"dpaSchedule1Paragraph\":18");
        assertThat(page.locator(".govuk-panel__title")).hasText(pageWords);
    }

    /**
     * The law issue's "done when": a charity worker worried about a bruised child is told to share with children's
     * social care under recognised legitimate interest, Annex 1 paragraph 6, with reasons they can read aloud, and
     * records the decision.
     */
    @Test
    void aCharityWorkerWorriedAboutABruisedChildSharesUnderRecognisedLegitimateInterest() {
        signIn(page, "worker@safe-harbour.example");
        page.navigate("/decisions/new");
        answer("Why are you thinking of sharing", "To keep a child or an adult at risk safe (safeguarding)");
        answer("clear and legitimate reason", "Yes");
        answer("immediate danger", "No");
        answer("How worried are you", "I have reasonable cause to suspect they are suffering, or likely to suffer, significant harm");
        answer("Who is the information about", "A child (under 18)");
        page.getByLabel("How old are they?").fill("7");
        next();
        answer("Which of these describe the information", "It identifies a person, or could with other information");
        answer("Has consent to share been given", "No, consent has not been asked for");
        answer("Gillick competent", "No");
        answer("Would asking for consent do any of these", "Put the child or someone else at greater risk");
        answer("Do any of these apply", "None of these");
        answer("court order or a law", "No");
        answer("Are you answering a request for this information", "None of these");
        answer("who would receive it", "They have a role in keeping the person safe", "I have checked who they are",
                "There is a secure way to send it");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See what the guidance recommends")).click();

        assertThat(page.locator(".govuk-panel__title")).hasText("Share the information without consent");
        assertThat(page.locator(".govuk-panel")).containsText("Refer to children's social care");
        assertThat(page.locator("main")).containsText("Recognised legitimate interest (UK GDPR Article 6(1)(ea)), Annex 1 paragraph 6");
        assertThat(page.locator("main")).containsText("Your organisation is not a public authority");
        checkAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("About the lawful bases and the duty to share")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("lawful bases");
        checkAccessible();
        page.goBack();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record your decision")).click();
        choose("I am sharing the information");
        page.getByLabel("Your reasons").fill("Bruises on both arms seen at the family group; the child flinched when touched.");
        next();
        page.getByLabel("Organisation you are sharing with").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Riverside MASH"));
        page.getByLabel("Name or role of the person you are sharing with").fill("Duty social worker");
        page.getByLabel("Purpose of sharing").fill("Referral: suspected physical abuse");
        page.locator("#information-0-category").fill("Injury seen");
        page.locator("#information-0-summary").fill("Bruises on both upper arms.");
        page.locator("#information-0-kind").check();
        page.getByLabel("Secure email").check();
        choose("No, they will not be told");
        page.getByLabel("If they will not be told, why not?").fill("Telling the family could put the child at greater risk.");
        page.getByLabel("Why are you sharing without consent?").fill("Seeking consent would increase the risk.");
        checkAccessible();
        next();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Decision recorded");
        assertThat(page.locator("main")).containsText("Recognised legitimate interest");
        checkAccessible();
    }

    @Test
    void aHealthVisitorsEarlyHelpCaseWithoutRiskIsToldToSeekConsentFirst() {
        signIn(page, "health.visitor@riverside-health.example");
        page.navigate("/decisions/new");
        answer("Why are you thinking of sharing", "To get early help for a child or family");
        answer("clear and legitimate reason", "Yes");
        answer("immediate danger", "No");
        answer("How worried are you", "They may need extra support, but I do not think they are at risk of significant harm");
        answer("Who is the information about", "A child (under 18)");
        page.getByLabel("How old are they?").fill("2");
        next();
        answer("Which of these describe the information", "It identifies a person, or could with other information");
        answer("Has consent to share been given", "No, consent has not been asked for");
        // A 2-year-old is not asked about: no Gillick question before school age.
        answer("Would asking for consent do any of these", "None of these");
        answer("Do any of these apply", "None of these");
        answer("court order or a law", "No");
        answer("who would receive it", "They have a role in keeping the person safe", "I have checked who they are",
                "There is a secure way to send it");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See what the guidance recommends")).click();
        assertThat(page.locator(".govuk-panel__title")).hasText("Seek consent before sharing");
        checkAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record your decision")).click();
        choose("I will seek consent first");
        next();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Seek consent first");
        checkAccessible();
    }

    @Test
    void reportingImmediateDangerInterruptsWithWhoToCall() {
        signIn(page, "teacher@oakfield-primary.example");
        page.navigate("/decisions/new");
        answer("Why are you thinking of sharing", "To keep a child or an adult at risk safe (safeguarding)");
        answer("clear and legitimate reason", "Yes");
        answer("immediate danger", "Yes");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Act now");
        assertThat(page.locator("main")).containsText("999");
        assertThat(page.locator("main")).containsText("Riverside MASH");
        checkAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have acted: continue to record the decision")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Who is the information about");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("immediate danger");
        assertThat(page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true))).isChecked();
    }
}

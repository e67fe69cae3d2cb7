package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import tools.jackson.databind.json.JsonMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.DecisionChange;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.Decisions;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.BrowserTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12's journey in a browser: the demo teacher's "refer now" decision becomes a referral in two steps; the MASH
 * officer rates it red, asks the GP and the police, records a strategy discussion and the decision; the school's DSL sees
 * the outcome and its reasons; a third organisation finds none of it. Axe on every referral page.
 */
class ReferralBrowserTest extends BrowserTest {

    private static final String TEACHER = "teacher@oakfield-primary.example";
    private static final String FACTS = """
            {"guidanceVersion": "2024",
             "subject": {"kind": "CHILD", "ageYears": 11, "adultAtRisk": false},
             "purpose": {"category": "SAFEGUARDING", "legitimate": "YES"},
             "information": {"identifiesIndividual": true, "confidential": true, "specialCategory": true,
                             "criminalOffence": false, "identitiesAtRisk": false},
             "consent": {"status": "NOT_SOUGHT", "subjectCompetent": false, "seekingWouldIncreaseRisk": true,
                         "seekingWouldCauseHarmfulDelay": false, "seekingWouldPrejudiceInvestigation": false},
             "risk": {"level": "SIGNIFICANT_HARM_SUSPECTED", "seriousCrime": false, "buildingPicture": false},
             "legalRequirement": "NONE",
             "recipient": {"hasRoleInSafeguarding": true, "identityVerified": true, "secureChannelAvailable": true}}""";

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired Decisions decisions;
    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    /** The teacher's recorded decision about Ava whose recommendation is "refer now", as the decision flow records it. */
    private UUID referNowDecision() throws Exception {
        Actor teacher = signedIn.actor(TEACHER);
        UUID ava = jdbc.sql("select id from person where organisation_id = ? and nhs_number = '9990000018'").param(teacher.organisationId())
                .query(UUID.class).single();
        UUID mash = jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(UUID.class).single();
        DecisionTaken decision = new DecisionTaken(DecisionTaken.Choice.SHARE,
                "Ava has bruises on both upper arms and said her mum's boyfriend grabbed her", null, "Referral to the MASH", mash,
                "MASH duty officer", List.of(new DecisionTaken.InformationItem("Injury", "Bruises on both upper arms",
                DecisionTaken.FactOrOpinion.FACT, null)), DecisionTaken.SharingMethod.SECURE_PORTAL, null,
                DecisionTaken.SubjectInformed.NOT_INFORMED, "Telling the family could put Ava at risk", "Seeking consent could increase the risk",
                null, null);
        DecisionChange change = decisions.record(teacher, Optional.of(people.visible(teacher, new PersonId(ava))),
                json.readValue(FACTS, SharingFacts.class), decision);
        return ((DecisionChange.Recorded) change).id().value();
    }

    private static void click(Page target, AriaRole role, String name) {
        target.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void referNowBecomesAReferralTheMashDecidesWithinTheDayAndTheSchoolSeesTheOutcome() throws Exception {
        UUID decision = referNowDecision();
        signIn(page, TEACHER);
        page.navigate("/decisions/" + decision);
        click(page, AriaRole.LINK, "Make a referral");
        // Step one: the form, pre-filled from the decision, with 999 first.
        assertThat(page.locator("#call-now")).containsText("call 999 now");
        checkAccessible();
        click(page, AriaRole.BUTTON, "Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whether the family has been told about the referral");
        checkAccessible();
        page.getByLabel("Not told", EXACT).check();
        page.getByLabel("What the family said, or why they were not told", EXACT).fill("Telling her mother could put Ava at risk");
        page.getByLabel("What you think (your professional opinion) (optional)", EXACT).fill("She seemed frightened to go home");
        click(page, AriaRole.BUTTON, "Continue");
        // Step two: check and send.
        assertThat(page.locator("h1")).hasText("Check your referral before sending it");
        checkAccessible();
        click(page, AriaRole.BUTTON, "Send referral");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Referral sent to Riverside MASH");
        checkAccessible();
        String referral = page.url().replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1");

        BrowserContext mashContext = newContext();
        Page mash = mashContext.newPage();
        watchForCspViolations(mash);
        signIn(mash, "mash.officer@riverside-mash.example");
        mash.navigate("/mash/queue");
        checkAccessible(mash);
        mash.locator("a[href='/referrals/" + referral + "']").click();
        assertThat(mash.locator("#decision-due")).isVisible();
        checkAccessible(mash);
        mash.getByLabel("Red", EXACT).check();
        click(mash, AriaRole.BUTTON, "Save rating");
        assertThat(mash.locator(".govuk-error-summary")).containsText("Enter the rationale for the rating");
        checkAccessible(mash);
        mash.getByLabel("Red", EXACT).check();
        mash.getByLabel("Rationale for the rating", EXACT).fill("Injuries to a child under 10, a named adult in the home");
        click(mash, AriaRole.BUTTON, "Save rating");
        assertThat(mash.locator("table")).containsText("Injuries to a child under 10");

        click(mash, AriaRole.LINK, "Ask partners for information");
        checkAccessible(mash);
        mash.getByLabel("Brook Lane Surgery", EXACT).check();
        mash.getByLabel("Riverside Police Public Protection Unit", EXACT).check();
        mash.getByLabel("Your questions", EXACT).fill("Is Ava known to you?\nAny concerns about the adults in the household?");
        click(mash, AriaRole.BUTTON, "Send request");
        assertThat(mash.locator("main")).containsText("Request to Brook Lane Surgery, Riverside Police Public Protection Unit");

        click(mash, AriaRole.LINK, "Record a strategy discussion");
        checkAccessible(mash);
        click(mash, AriaRole.BUTTON, "Record strategy discussion");
        assertThat(mash.locator(".govuk-error-summary")).containsText("Enter the date the discussion was held");
        checkAccessible(mash);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        mash.getByLabel("Day", EXACT).fill(String.valueOf(today.getDayOfMonth()));
        mash.getByLabel("Month", EXACT).fill(String.valueOf(today.getMonthValue()));
        mash.getByLabel("Year", EXACT).fill(String.valueOf(today.getYear()));
        String[][] attendees = {{"DC Jo Turner", "POLICE"}, {"Lena Novak", "SOCIAL_CARE"}, {"Dr Emma Shaw", "HEALTH"}, {"Dana Shah", "EDUCATION"}};
        for (int i = 0; i < attendees.length; i++) {
            mash.getByLabel("Attendee " + (i + 1) + ": name", EXACT).fill(attendees[i][0]);
            mash.getByLabel("Attendee " + (i + 1) + ": agency", EXACT).selectOption(attendees[i][1]);
        }
        mash.getByLabel("What was shared", EXACT).fill("GP: two attendances for injuries this year. Police: a caution for assault.");
        mash.getByLabel("What was decided", EXACT).fill("Section 47 enquiry; joint visit today");
        click(mash, AriaRole.BUTTON, "Record strategy discussion");
        assertThat(mash.locator("main")).containsText("Section 47 enquiry; joint visit today");
        checkAccessible(mash);

        mash.getByLabel("Strategy discussion (Children Act 1989 section 47)", EXACT).check();
        click(mash, AriaRole.BUTTON, "Record decision");
        assertThat(mash.locator(".govuk-error-summary")).containsText("Enter the reasons for the decision");
        checkAccessible(mash);
        mash.getByLabel("Strategy discussion (Children Act 1989 section 47)", EXACT).check();
        mash.getByLabel("Reasons for the decision", EXACT).fill("Reasonable cause to suspect Ava is suffering significant harm");
        click(mash, AriaRole.BUTTON, "Record decision");
        assertThat(mash.locator("#outcome")).containsText("Reasonable cause to suspect Ava is suffering significant harm");
        checkAccessible(mash);
        mash.navigate("/mash/timeliness");
        assertThat(mash.locator("main")).containsText("Referrals decided within one working day, by week received");
        assertThat(mash.locator("svg[role='img']")).hasCount(3);
        checkAccessible(mash);
        mashContext.close();

        BrowserContext dslContext = newContext();
        Page dsl = dslContext.newPage();
        watchForCspViolations(dsl);
        signIn(dsl, "dsl@oakfield-primary.example");
        dsl.navigate("/referrals");
        checkAccessible(dsl);
        dsl.locator("a[href='/referrals/" + referral + "']").click();
        assertThat(dsl.locator("#outcome")).containsText("Strategy discussion (Children Act 1989 section 47)");
        assertThat(dsl.locator("#outcome")).containsText("Reasonable cause to suspect Ava is suffering significant harm");
        checkAccessible(dsl);
        dslContext.close();

        BrowserContext thirdContext = newContext();
        Page third = thirdContext.newPage();
        watchForCspViolations(third);
        signIn(third, "dsl@riverside-academy.example");
        third.navigate("/referrals");
        assertThat(third.locator("main")).not().containsText("Ava");
        org.assertj.core.api.Assertions.assertThat(third.navigate("/referrals/" + referral).status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(third.navigate("/mash/queue").status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(third.navigate("/mash/timeliness").status()).isEqualTo(404);
        thirdContext.close();
    }
}

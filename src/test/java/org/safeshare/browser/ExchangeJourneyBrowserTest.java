package org.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.disclosures.DisclosureTestData;
import org.safeshare.support.BrowserTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11's "done when", tried as new users would in the demo, in one browser journey with axe on every page: the MASH
 * officer asks the GP practice, the police and the charity about Ava, rated red; the surgery's DSL answers with a minimal
 * disclosure that withholds the neighbour who raised the concern, previewed then sent; the police answer one question and
 * decline the other with reasons;
 * the charity answers under recognised legitimate interest (UK GDPR Annex 1 paragraph 1); the MASH officer opens the
 * disclosure and the surgery sees the receipt; the surgery recalls an item and the MASH officer loses it; a teacher records
 * a telephone sharing with its identity check; every step is audited; a user of a third organisation sees none of it.
 */
class ExchangeJourneyBrowserTest extends BrowserTest {

    static final String NEIGHBOUR = "Joan Pike";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;

    private static void click(Page target, AriaRole role, String name) {
        target.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private Page as(String email) {
        BrowserContext other = newContext();
        Page target = other.newPage();
        watchForCspViolations(target);
        signIn(target, email);
        return target;
    }

    @Test
    void theDoneWhenJourneyOfIssue11() throws Exception {
        String request = theMashAsksThreePartnersRatedRed();
        Page surgery = as("dsl@brook-lane.example");
        String disclosure = theSurgeryAnswersWithAMinimalDisclosureWithholdingTheNeighbour(surgery, request);
        thePoliceDeclineOneItemWithReasons(request);
        theCharityAnswersUnderRecognisedLegitimateInterest(request);
        theMashOpensTheDisclosureAndTheSurgerySeesTheReceipt(surgery, disclosure);
        theSurgeryRecallsAnItemAndTheMashLosesIt(surgery, disclosure);
        aTeacherRecordsATelephoneSharingWithItsIdentityCheck();
        everyStepIsAudited(request, disclosure);
        nobodyAtAThirdOrganisationSeesAnyOfIt(request, disclosure);
    }

    private String theMashAsksThreePartnersRatedRed() {
        signIn(page, "mash.officer@riverside-mash.example");
        findPerson(page, "Ava Thompson");
        checkAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ava Thompson")).first().click();
        checkAccessible();
        click(page, AriaRole.LINK, "Ask for information about Ava Thompson");
        checkAccessible();
        for (String partner : List.of("Brook Lane Surgery", "Riverside Police Public Protection Unit", "Safe Harbour Family Support")) {
            page.getByLabel(partner, new Page.GetByLabelOptions().setExact(true)).check();
        }
        page.locator("input[name=urgency][value=RED]").check();
        page.getByLabel("Purpose of the request").fill("Strategy discussion under section 47 of the Children Act 1989");
        page.getByLabel("Your lawful basis for asking").fill("UK GDPR Article 6(1)(e) and Article 9(2)(g); Children Act 1989 section 47");
        page.locator("input[name=statesPublicTask][value=yes]").check();
        page.getByLabel("Your questions").fill("Is Ava known to your service?\nIs there anything about the household we should know?");
        click(page, AriaRole.BUTTON, "Continue");
        assertThat(page.locator("h1")).hasText("Check your request before sending it");
        checkAccessible();
        click(page, AriaRole.BUTTON, "Send request");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Request sent");
        checkAccessible();
        return jdbc.sql("select r.id from information_request r join user_account u on u.id = r.requested_by"
                + " where u.email = 'mash.officer@riverside-mash.example' order by r.sent_at desc limit 1").query(String.class).single();
    }

    /** The addressed DSL finds the request in their list, as the notification tells them to. */
    private static void openFromRequests(Page target, String request) {
        click(target, AriaRole.LINK, "Requests");
        target.locator("a[href='/exchange/requests/" + request + "']").first().click();
        assertThat(target.locator("main")).containsText("Is Ava known to your service?");
        click(target, AriaRole.LINK, "Respond to this request");
    }

    private static void sharingFacts(Page target) {
        target.getByLabel("Reasonable cause to suspect significant harm").check();
        target.getByLabel("Not asked").check();
        target.getByLabel("Asking for consent would increase the risk of harm").check();
        target.getByLabel("Confidential").check();
    }

    private String theSurgeryAnswersWithAMinimalDisclosureWithholdingTheNeighbour(Page surgery, String request) {
        openFromRequests(surgery, request);
        checkAccessible(surgery);
        surgery.getByLabel("Answer the request").check();
        surgery.getByLabel("Ava Thompson, born 27 March 2015").check();
        surgery.locator("#answer-1").fill("Registered with the practice; seen twice this year");
        surgery.locator("#kind-1").check();
        surgery.locator("#source-1").fill("Practice record");
        sharingFacts(surgery);
        surgery.getByLabel("Your reasons").fill("The MASH needs the picture now to keep Ava safe");
        surgery.getByLabel("If you are sharing without consent, why").fill("Asking would increase the risk to Ava");
        surgery.getByLabel("Not told").check();
        surgery.getByLabel("If they will not be told, why").fill("Telling the family could increase the risk during the enquiry");
        click(surgery, AriaRole.BUTTON, "Send response");
        assertThat(surgery.locator(".govuk-notification-banner")).containsText("Response sent");
        checkAccessible(surgery);
        click(surgery, AriaRole.LINK, "Answer with a secure disclosure");
        checkAccessible(surgery);
        surgery.locator("#purpose").fill("So the MASH can decide on a strategy discussion");
        surgery.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).check();
        surgery.locator("#item0Kind").check();
        surgery.locator("#item0Text").fill(NEIGHBOUR + ", the neighbour, told reception she heard Ava crying late at night");
        surgery.locator("#item0Source").fill("Reception log");
        surgery.locator("#item0Referrer").fill(NEIGHBOUR);
        surgery.getByLabel("No, they were not told").check();
        surgery.locator("#notToldReason").fill("Telling the family would increase the risk to Ava");
        click(surgery, AriaRole.BUTTON, "Continue");
        assertThat(surgery.locator("h1")).hasText("Check what you will send");
        assertThat(surgery.locator(".govuk-inset-text").last()).containsText("[referrer withheld], the neighbour");
        assertThat(surgery.locator(".govuk-inset-text").last()).not().containsText(NEIGHBOUR);
        checkAccessible(surgery);
        click(surgery, AriaRole.BUTTON, "Send disclosure");
        assertThat(surgery.locator(".govuk-notification-banner")).containsText("Disclosure sent");
        checkAccessible(surgery);
        return surgery.url().replaceAll(".*/disclosures/([0-9a-f-]{36}).*", "$1");
    }

    /** The police answer the first question and decline the second, one item, with reasons the MASH officer reads. */
    private void thePoliceDeclineOneItemWithReasons(String request) {
        Page police = as("dsl@riverside-police.example");
        openFromRequests(police, request);
        police.getByLabel("Answer the request").check();
        police.getByLabel("We hold no record of this person in Safeshare").check();
        police.locator("#answer-1").fill("Ava is known: one call to the address about a disturbance in 2025");
        police.locator("#kind-1").check();
        police.locator("#source-1").fill("Police incident log");
        String why = "Disclosing the household's history now would prejudice a live investigation; call the PPU duty sergeant";
        police.locator("#answer-2").fill(why);
        police.locator("input[name='kind[2]'][value=DECLINED]").check();
        sharingFacts(police);
        police.getByLabel("Your reasons").fill("The MASH needs to know Ava is known to us");
        police.getByLabel("If you are sharing without consent, why").fill("Asking would increase the risk to Ava");
        police.getByLabel("Not told").check();
        police.getByLabel("If they will not be told, why").fill("Telling the family could prejudice the investigation");
        click(police, AriaRole.BUTTON, "Send response");
        assertThat(police.locator(".govuk-notification-banner")).containsText("Response sent");
        checkAccessible(police);
        police.context().close();

        page.navigate("/exchange/requests/" + request);
        assertThat(page.locator("main")).containsText(why);
        assertThat(page.locator("main")).containsText("Not shared");
        checkAccessible();
    }

    private void theCharityAnswersUnderRecognisedLegitimateInterest(String request) {
        Page charity = as("dsl@safe-harbour.example");
        openFromRequests(charity, request);
        charity.getByLabel("Answer the request").check();
        charity.getByLabel("We hold no record of this person in Safeshare").check();
        charity.locator("#answer-1").fill("Known since 2024: two visits about lethargy");
        charity.locator("#kind-1").check();
        charity.locator("#source-1").fill("Support log");
        sharingFacts(charity);
        charity.getByLabel("Your reasons").fill("The MASH needs the picture now to keep Ava safe");
        charity.getByLabel("If you are sharing without consent, why").fill("Asking would increase the risk to Ava");
        charity.getByLabel("Not told").check();
        charity.getByLabel("If they will not be told, why").fill("Telling the family could increase the risk during the enquiry");
        click(charity, AriaRole.BUTTON, "Send response");
        assertThat(charity.locator(".govuk-notification-banner")).containsText("Response sent");
        click(charity, AriaRole.LINK, "Your decision record (golden rule 7)");
        assertThat(charity.locator("main")).containsText("Annex 1 paragraph 1");
        checkAccessible(charity);
        charity.context().close();
    }

    private void theMashOpensTheDisclosureAndTheSurgerySeesTheReceipt(Page surgery, String disclosure) {
        page.navigate("/exchange/outbox?show=all");
        page.locator("a[href^='/exchange/requests/']").first().isVisible();
        click(page, AriaRole.LINK, "Disclosures");
        checkAccessible();
        page.locator("a[href='/disclosures/" + disclosure + "']").first().click();
        assertThat(page.locator("main")).not().containsText("Ava Thompson");
        click(page, AriaRole.BUTTON, "Open the disclosure");
        assertThat(page.locator("main")).containsText("Ava Thompson");
        assertThat(page.locator("main")).containsText("[referrer withheld], the neighbour");
        assertThat(page.locator("main")).not().containsText(NEIGHBOUR);
        checkAccessible();

        surgery.navigate("/disclosures/" + disclosure);
        assertThat(surgery.locator("main")).containsText("Lena Novak");
        assertThat(surgery.locator("main")).not().containsText("not opened yet");
        checkAccessible(surgery);
    }

    private void theSurgeryRecallsAnItemAndTheMashLosesIt(Page surgery, String disclosure) {
        surgery.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recall this item (item 2)")).click();
        checkAccessible(surgery);
        surgery.locator("#reason").fill("The reception log entry was about another family");
        click(surgery, AriaRole.BUTTON, "Recall");
        assertThat(surgery.locator("main")).containsText("Item 2 was recalled");
        checkAccessible(surgery);
        surgery.context().close();

        page.navigate("/disclosures/" + disclosure);
        assertThat(page.locator("main")).containsText("The reception log entry was about another family");
        assertThat(page.locator("main")).not().containsText("crying late at night");
        checkAccessible();
    }

    private void aTeacherRecordsATelephoneSharingWithItsIdentityCheck() throws Exception {
        // The teacher's school recorded its decision to share with the MASH (the decision flow has its own journey test).
        String decision = new DisclosureTestData(mvc, jdbc, signedIn).decisionToShareWith("Riverside MASH");
        Page teacher = as("teacher@oakfield-primary.example");
        findPerson(teacher, "Ava Thompson");
        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ava Thompson")).first().click();
        click(teacher, AriaRole.LINK, "Record sharing outside Safeshare");
        checkAccessible(teacher);
        teacher.locator("input[name=decisionId][value='" + decision + "']").check();
        teacher.getByLabel("Telephone").check();
        teacher.locator("#sharedOn").fill("30");
        teacher.locator("#sharedOn-month").fill("11");
        teacher.locator("#sharedOn-year").fill("2026");
        teacher.getByLabel("I called back a number I know independently").check();
        teacher.getByLabel("I checked who they are").check();
        teacher.getByLabel("I checked they are entitled to the information").check();
        click(teacher, AriaRole.BUTTON, "Record sharing");
        assertThat(teacher.locator("h1")).hasText("Shared by telephone");
        checkAccessible(teacher);
        teacher.context().close();
    }

    private void everyStepIsAudited(String request, String disclosure) {
        List<String> onRequest = jdbc.sql("select distinct action from audit_event where outcome = 'DONE' and touched::text like ?")
                .param("%" + request + "%").query(String.class).list();
        // Three answers, the police's with one question declined inside it.
        org.assertj.core.api.Assertions.assertThat(onRequest).contains("INFORMATION_REQUEST_SENT", "INFORMATION_REQUEST_VIEWED",
                "INFORMATION_REQUEST_ANSWERED");
        List<String> onDisclosure = jdbc.sql("select distinct action from audit_event where outcome = 'DONE' and touched::text like ?")
                .param("%" + disclosure + "%").query(String.class).list();
        org.assertj.core.api.Assertions.assertThat(onDisclosure).contains("DISCLOSURE_SENT", "DISCLOSURE_VIEWED", "DISCLOSURE_OPENED",
                "DISCLOSURE_ITEM_RECALLED");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select count(*) from audit_event e join user_account u on u.id = e.actor_id
                where u.email = 'teacher@oakfield-primary.example' and e.action = 'SHARING_OUTSIDE_RECORDED'""")
                .query(Integer.class).single()).isPositive();

        Page auditor = as("auditor@riverside-csc.example");
        auditor.navigate("/audit/search");
        auditor.getByLabel("Action (optional)").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Recalled an item of a disclosure"));
        click(auditor, AriaRole.BUTTON, "Search");
        assertThat(auditor.locator("main")).containsText("Brook Lane Surgery");
        checkAccessible(auditor);
        auditor.context().close();
    }

    private void nobodyAtAThirdOrganisationSeesAnyOfIt(String request, String disclosure) {
        Page outsider = as("dsl@riverside-academy.example");
        for (String path : List.of("/exchange/requests/" + request, "/disclosures/" + disclosure)) {
            outsider.navigate(path);
            assertThat(outsider.locator("h1")).hasText("Page not found");
            checkAccessible(outsider);
        }
        click(outsider, AriaRole.LINK, "Requests");
        assertThat(outsider.locator("main")).not().containsText(request);
        outsider.navigate("/disclosures");
        org.assertj.core.api.Assertions.assertThat(outsider.content()).doesNotContain(disclosure);
        outsider.context().close();
        UUID.fromString(request);
    }
}

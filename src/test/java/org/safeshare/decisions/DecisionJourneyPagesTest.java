package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeshare.support.GovukErrors;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What practitioners hit on the way from the recommendation to the record: "Back" after recording, seeking consent
 * first, a Gillick question about a baby, their own organisation offered as a recipient, and errors the GOV.UK way.
 */
@SafeshareTest
class DecisionJourneyPagesTest {

    static final String TEACHER = RecommendationPagesTest.TEACHER;
    static final String HEALTH_VISITOR = "health.visitor@riverside-health.example";

    /** A 7-year-old who may need early help; nothing suggests significant harm and consent has not been asked. */
    static final Map<String, List<String>> EARLY_HELP = Map.ofEntries(
            Map.entry("purpose", List.of("EARLY_HELP")), Map.entry("legitimate", List.of("YES")), Map.entry("danger", List.of("NO")),
            Map.entry("risk", List.of("CHILD_IN_NEED")), Map.entry("kind", List.of("CHILD")), Map.entry("age", List.of("7")),
            Map.entry("information", List.of("identifiesIndividual")), Map.entry("consent", List.of("NOT_SOUGHT")),
            Map.entry("given-by", List.of("PARENT_WITH_PR")), Map.entry("competent", List.of("NO")),
            Map.entry("seeking-consent", List.of("NONE")), Map.entry("crime", List.of("NONE")), Map.entry("legal", List.of("NONE")),
            Map.entry("request", List.of("NONE")),
            Map.entry("recipient", List.of("hasRoleInSafeguarding", "identityVerified", "secureChannelAvailable")));

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private String organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(String.class).single();
    }

    private Journey bruisedChild() throws Exception {
        Journey journey = Journey.walk(mvc, signedIn, TEACHER, null, RecommendationPagesTest.BRUISED_CHILD);
        assertThat(journey.page("/outcome").getStatus()).isEqualTo(200);
        assertThat(journey.submit("/decide", Map.of("choice", "SHARE", "reasons", "Bruising seen on both arms"))
                .getRedirectedUrl()).endsWith("/details");
        return journey;
    }

    @Test
    void backAfterRecordingTheDecisionShowsTheRecordNotAnError() throws Exception {
        Journey journey = bruisedChild();
        Map<String, String> details = new HashMap<>(Map.of("recipientOrganisationId", organisation("Riverside MASH"),
                "recipientPersonOrRole", "Duty social worker", "purpose", "Referral about bruising", "information-0-category", "Injury seen",
                "information-0-summary", "Bruises on both upper arms", "information-0-kind", "FACT", "method", "SECURE_EMAIL",
                "subjectInformed", "NOT_INFORMED", "notInformedReason", "Telling the family could increase the risk"));
        details.put("consentNotSoughtReason", "Seeking consent would put the child at greater risk");
        assertThat(journey.submit("/details", details).getRedirectedUrl()).endsWith("/confirm");
        String recorded = journey.submit("/confirm", Map.of()).getRedirectedUrl();
        assertThat(recorded).startsWith("/decisions/").endsWith("?recorded=true");
        String record = recorded.substring(0, recorded.indexOf('?'));

        assertThat(journey.page("/confirm").getRedirectedUrl()).isEqualTo(record);
        assertThat(journey.page("/outcome").getRedirectedUrl()).isEqualTo(record);
        assertThat(journey.submit("/confirm", Map.of()).getRedirectedUrl()).as("recording twice").isEqualTo(record);
    }

    /** The details page keeps only the decision form's own fields (an allow-list): anything else posted is dropped. */
    @Test
    void theDetailsPageKeepsOnlyTheFormsOwnFields() throws Exception {
        Journey journey = bruisedChild();
        journey.submit("/details", Map.of("purpose", "Referral about bruising", "smuggledField", "smuggled-value-7f3a"));

        List<byte[]> stored = jdbc.sql("select attribute_bytes from spring_session_attributes where attribute_name = ?")
                .param("safeshare.decisionDraft." + journey.flow().substring(journey.flow().lastIndexOf('/') + 1)).query(byte[].class).list();
        assertThat(stored).hasSize(1);
        String draft = new String(stored.getFirst(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(draft).contains("Referral about bruising").doesNotContain("smuggled");
    }

    @Test
    void whenTheGuidanceSaysSeekConsentTheDecidePageOffersIt() throws Exception {
        Journey journey = Journey.walk(mvc, signedIn, TEACHER, null, EARLY_HELP);
        assertThat(journey.page("/outcome").getContentAsString()).contains("Seek consent before sharing");
        assertThat(journey.page("/decide").getContentAsString()).contains("I will seek consent first");
        assertThat(journey.submit("/decide", Map.of("choice", "SEEK_CONSENT")).getRedirectedUrl()).endsWith("/seek-consent");
        assertThat(journey.page("/seek-consent").getContentAsString()).contains("Seek consent first")
                .contains("Change your answer to");

        assertThat(bruisedChild().page("/decide").getContentAsString()).doesNotContain("I will seek consent first");
    }

    @Test
    void noGillickQuestionIsAskedAboutAChildUnderFive() throws Exception {
        String isla = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Riverside Health Visiting Service' and p.given_name = 'Isla'").query(String.class).single();
        assertThat(Journey.walk(mvc, signedIn, HEALTH_VISITOR, isla, EARLY_HELP).asked()).doesNotContain("competent");
        assertThat(Journey.walk(mvc, signedIn, TEACHER, null, EARLY_HELP).asked()).contains("competent");
    }

    @Test
    void yourOwnOrganisationIsNotOfferedAsTheRecipient() throws Exception {
        String details = bruisedChild().page("/details").getContentAsString();
        assertThat(details).contains("value=\"" + organisation("Riverside MASH") + "\"")
                .doesNotContain("value=\"" + organisation("Oakfield Primary School") + "\"");
    }

    @Test
    void theDetailsErrorsFollowTheGovukPatternInFormOrder() throws Exception {
        Journey journey = bruisedChild();
        Map<String, String> errors = GovukErrors.check(journey.submit("/details", Map.of("purpose", "x".repeat(4001))).getContentAsString());
        assertThat(errors).containsKeys("recipientOrganisationId", "recipientPersonOrRole", "purpose", "information-0-summary", "method");
        assertThat(errors.get("purpose")).isEqualTo("Purpose of sharing must be 4,000 characters or fewer");
    }

    @Test
    void aTooLongReasonNamesItsFieldOnTheDecidePage() throws Exception {
        Journey journey = bruisedChild();
        String page = journey.submit("/decide", Map.of("choice", "SHARE", "reasons", "x".repeat(4001))).getContentAsString();
        assertThat(GovukErrors.check(page)).containsEntry("reasons", "Your reasons must be 4,000 characters or fewer");
    }
}

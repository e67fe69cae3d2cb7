package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeshare.agreements.AgreedPurpose;
import org.safeshare.agreements.AgreementChange;
import org.safeshare.agreements.Agreements;
import org.safeshare.agreements.LawfulBasisCited;
import org.safeshare.agreements.NewAgreement;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The confirm page says whether the sharing is covered by an information sharing agreement; sharing outside any is
 * still recorded, and listed for review by the IG lead (here the partnership administrator, who sees every sharer).
 */
@SafeshareTest
class AgreementCoverageTest {

    static final String TEACHER = "teacher@oakfield-primary.example";
    static final String ADMIN = "partnership.admin@riverside-csc.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired Agreements agreements;

    @Test
    void sharingOutsideAnyAgreementIsFlaggedForReviewAndSharingUnderOneNamesIt() throws Exception {
        Journey outside = readyToConfirm();
        assertThat(outside.page("/confirm").getContentAsString()).contains("Outside any information sharing agreement")
                .contains("10-step guide");
        String recorded = outside.submit("/confirm", Map.of()).getRedirectedUrl();
        String decision = recorded.substring("/decisions/".length(), recorded.indexOf('?'));
        String review = mvc.perform(get("/agreements/outside").with(signedIn.as(ADMIN))).andReturn().getResponse().getContentAsString();
        assertThat(review).contains("/decisions/" + decision).contains("Oakfield Primary School");
        assertThat(mvc.perform(get("/agreements/outside").with(signedIn.as("dsl@hillford-primary.example"))).andReturn().getResponse()
                .getStatus()).as("not for a practitioner").isEqualTo(403);

        var recordedAgreement = (AgreementChange.Recorded) agreements.record(signedIn.actor(ADMIN), new NewAgreement(
                "Riverside schools and MASH charter", Set.of(organisation("Oakfield Primary School"), organisation("Riverside MASH")),
                Set.of(AgreedPurpose.SAFEGUARDING), List.of("Concerns about a child's welfare"), Set.of(LawfulBasisCited.PUBLIC_TASK),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(1), null, "DPIA-2026-07", List.of("A Head, Headteacher")));
        Journey covered = readyToConfirm();
        assertThat(covered.page("/confirm").getContentAsString())
                .contains("Covered by the information sharing agreement")
                .contains("/agreements/" + recordedAgreement.agreement().id())
                .doesNotContain("Outside any information sharing agreement");
        String second = covered.submit("/confirm", Map.of()).getRedirectedUrl();
        String secondId = second.substring("/decisions/".length(), second.indexOf('?'));
        assertThat(jdbc.sql("select count(*) from sharing_outside_agreement where decision_id = ?::uuid").param(secondId)
                .query(Long.class).single()).isZero();
    }

    private Journey readyToConfirm() throws Exception {
        Journey journey = Journey.walk(mvc, signedIn, TEACHER, null, RecommendationPagesTest.BRUISED_CHILD);
        journey.submit("/decide", Map.of("choice", "SHARE", "reasons", "Bruising seen on both arms"));
        Map<String, String> details = new HashMap<>(Map.of("recipientOrganisationId", organisation("Riverside MASH").toString(),
                "recipientPersonOrRole", "Duty social worker", "purpose", "Referral about bruising", "information-0-category", "Injury seen",
                "information-0-summary", "Bruises on both upper arms", "information-0-kind", "FACT", "method", "SECURE_EMAIL",
                "subjectInformed", "NOT_INFORMED", "notInformedReason", "Telling the family could increase the risk"));
        details.put("consentNotSoughtReason", "Seeking consent would put the child at greater risk");
        assertThat(journey.submit("/details", details).getRedirectedUrl()).endsWith("/confirm");
        return journey;
    }

    private OrganisationId organisation(String name) {
        return OrganisationId.of(jdbc.sql("select id::text from organisation where name = ?").param(name).query(String.class).single());
    }
}

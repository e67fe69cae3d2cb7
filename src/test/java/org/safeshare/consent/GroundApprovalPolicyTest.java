package org.safeshare.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.consent.domain.Ground;
import org.safeshare.consent.domain.GroundToProceed;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.people.PersonId;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An organisation administrator chooses who approves grounds to share without consent; grounds recorded afterwards follow it. */
@SafeshareTest
class GroundApprovalPolicyTest {

    private static final String ADMIN = "admin@oakfield-primary.example";
    private static final String DSL = "dsl@oakfield-primary.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired Capacity capacity;
    @Autowired GroundApprovals approvals;
    @Autowired Consents consents;
    @Autowired org.safeshare.people.People people;
    @Autowired JdbcClient jdbc;

    private PersonId ava() {
        return new PersonId(jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.given_name = 'Ava' and p.family_name = 'Thompson'").query(UUID.class).single());
    }

    private GroundToProceed recordGround() {
        Actor dsl = signedIn.actor(DSL);
        GroundToProceed proposed = new GroundToProceed(null, Ground.SERIOUS_CRIME, null, PurposeCategory.SAFEGUARDING, null,
                "Ava disclosed an assault; telling her mother first could put her at risk", null, consents.today(), null, null, null);
        UUID id = ((CapacityChange.Recorded) capacity.recordGround(dsl, people.visible(dsl, ava()), proposed)).id();
        return capacity.grounds(dsl, people.visible(dsl, ava())).stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private void choose(String approver) throws Exception {
        mvc.perform(post("/organisation/consent-policy").with(signedIn.as(ADMIN)).with(csrf()).param("approver", approver))
                .andExpect(redirectedUrl("/organisation/consent-policy?saved=true"));
    }

    @Test
    void theAdministratorsChoiceDecidesWhetherANewGroundAwaitsApproval() throws Exception {
        try {
            mvc.perform(get("/organisation/consent-policy").with(signedIn.as(ADMIN))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Who must approve sharing without consent?")));
            mvc.perform(post("/organisation/consent-policy").with(signedIn.as(ADMIN)).with(csrf()))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")))
                    .andExpect(content().string(containsString("Select who must approve sharing without consent")));

            choose("NONE");
            assertThat(recordGround().approvalRole()).isNull();
            assertThat(recordGround().inForce()).isTrue();

            choose("DESIGNATED_SAFEGUARDING_LEAD");
            assertThat(approvals.approver(signedIn.actor(ADMIN))).contains(Role.DESIGNATED_SAFEGUARDING_LEAD);
            mvc.perform(get("/organisation/consent-policy").with(signedIn.as(ADMIN)))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Nobody in your organisation"))));
            GroundToProceed awaiting = recordGround();
            assertThat(awaiting.approvalRole()).isEqualTo(Role.DESIGNATED_SAFEGUARDING_LEAD);
            assertThat(awaiting.inForce()).isFalse();
            assertThat(capacity.awaitingApproval(signedIn.actor(DSL))).anyMatch(g -> g.ground().id().equals(awaiting.id()));
        } finally {
            approvals.require(signedIn.actor(ADMIN), Optional.empty());
        }
    }

    @Test
    void aPolicyNamingARoleNobodyHoldsIsFlaggedOnThePage() throws Exception {
        try {
            choose("CALDICOTT_GUARDIAN");
            mvc.perform(get("/organisation/consent-policy").with(signedIn.as(ADMIN)))
                    .andExpect(content().string(containsString("Nobody in your organisation is a caldicott guardian")));
        } finally {
            approvals.require(signedIn.actor(ADMIN), Optional.empty());
        }
    }

    @Test
    void onlyTheOrganisationAdministratorMaySeeOrSetIt() throws Exception {
        for (String other : new String[] {DSL, "teacher@oakfield-primary.example", "caldicott@brook-lane.example"}) {
            mvc.perform(get("/organisation/consent-policy").with(signedIn.as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/organisation/consent-policy").with(signedIn.as(other)).with(csrf()).param("approver", "CALDICOTT_GUARDIAN"))
                    .andExpect(status().isForbidden());
        }
        assertThat(approvals.approver(signedIn.actor(ADMIN))).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> approvals.require(signedIn.actor(DSL), Optional.of(Role.CALDICOTT_GUARDIAN)))
                .isInstanceOf(org.safeshare.platform.NotFoundException.class);
    }

    @Test
    void theDemoSurgeryAndHealthVisitorsNeedApproval() {
        assertThat(policy("Brook Lane Surgery")).isEqualTo("CALDICOTT_GUARDIAN");
        assertThat(policy("Riverside Health Visiting Service")).isEqualTo("DESIGNATED_SAFEGUARDING_LEAD");
        assertThat(policy("Riverside Early Help")).isNull();
    }

    private String policy(String organisation) {
        return jdbc.sql("select p.ground_approval_role from consent_organisation_policy p join organisation o on o.id = p.organisation_id"
                + " where o.name = ?").param(organisation).query(String.class).optional().orElse(null);
    }
}

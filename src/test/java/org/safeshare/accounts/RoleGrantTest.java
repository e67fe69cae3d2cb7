package org.safeshare.accounts;

import org.safeshare.accounts.setup.AccountsSetUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 1: partnership-wide roles reach every organisation's records, so only a partnership
 * administrator may grant them; every grant, and every refused attempt, is audited.
 */
@SafeshareTest
class RoleGrantTest {

    private static final String ORGANISATION_ADMIN = "admin@oakfield-primary.example";
    private static final String PARTNERSHIP_ADMIN = "partnership.admin@riverside-csc.example";
    private static final String PASSWORD = "a long enough password";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired UserRepository users;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired AccountsSetUp setUp;

    private org.springframework.test.web.servlet.ResultActions add(String admin, String email, Role role) throws Exception {
        return mvc.perform(post("/organisation/users/new").with(signedIn.as(admin)).with(csrf())
                .param("email", email).param("displayName", "Role " + role).param("roles", role.name())
                .param("initialPassword", PASSWORD));
    }

    private long auditEvents(UUID actor, String action, String outcome) {
        return jdbc.sql("select count(*) from audit_event where actor_id = ? and action = ? and outcome = ?")
                .params(actor, action, outcome).query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void anOrganisationAdministratorMayGrantOnlyRolesOfTheirOwnOrganisation(Role role) throws Exception {
        String email = "grant-" + role.ordinal() + "-" + UUID.randomUUID() + "@oakfield-primary.example";
        UUID admin = signedIn.actor(ORGANISATION_ADMIN).id();
        long refusedBefore = auditEvents(admin, "PARTNERSHIP_ROLE_GRANTED", "REFUSED");
        var result = add(ORGANISATION_ADMIN, email, role);
        if (role == Role.API_CLIENT) {
            result.andExpect(status().isOk()).andExpect(content().string(containsString("Partner system is not a role for a person")));
            assertThat(users.findByEmail(email)).isEmpty();
        } else if (role.partnershipWide()) {
            result.andExpect(status().isOk())
                    .andExpect(content().string(containsString("Only a partnership administrator can give the " + role.label() + " role")));
            assertThat(users.findByEmail(email)).isEmpty();
            assertThat(auditEvents(admin, "PARTNERSHIP_ROLE_GRANTED", "REFUSED")).isEqualTo(refusedBefore + 1);
        } else {
            result.andExpect(status().is3xxRedirection());
            assertThat(users.findByEmail(email).orElseThrow().roles()).containsExactly(role);
        }
    }

    @Test
    void theFormOffersAnOrganisationAdministratorNoPartnershipWideRole() throws Exception {
        var page = mvc.perform(get("/organisation/users/new").with(signedIn.as(ORGANISATION_ADMIN))).andExpect(status().isOk());
        for (Role role : Role.values()) {
            String checkbox = "value=\"" + role.name() + "\"";
            page.andExpect(content().string(role.partnershipWide() || role == Role.API_CLIENT ? not(containsString(checkbox))
                    : containsString(checkbox)));
        }
    }

    @Test
    void aPartnershipAdministratorMayGrantAPartnershipWideRoleAndTheGrantIsAudited() throws Exception {
        String email = "partnership-auditor-" + UUID.randomUUID() + "@riverside-csc.example";
        UUID admin = signedIn.actor(PARTNERSHIP_ADMIN).id();
        long before = auditEvents(admin, "PARTNERSHIP_ROLE_GRANTED", "DONE");
        add(PARTNERSHIP_ADMIN, email, Role.PARTNERSHIP_AUDITOR).andExpect(status().is3xxRedirection());
        UserAccount added = users.findByEmail(email).orElseThrow();
        assertThat(added.roles()).containsExactly(Role.PARTNERSHIP_AUDITOR);
        assertThat(auditEvents(admin, "PARTNERSHIP_ROLE_GRANTED", "DONE")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PARTNERSHIP_ROLE_GRANTED' and touched like ?")
                .param("%" + added.id() + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void eachGrantsAuditEventNamesTheRoleItGave() throws Exception {
        String email = "named-roles-" + UUID.randomUUID() + "@oakfield-primary.example";
        mvc.perform(post("/organisation/users/new").with(signedIn.as(ORGANISATION_ADMIN)).with(csrf())
                .param("email", email).param("displayName", "Named Roles").param("roles", "PRACTITIONER", "AUDITOR")
                .param("initialPassword", PASSWORD)).andExpect(status().is3xxRedirection());
        UserAccount added = users.findByEmail(email).orElseThrow();
        assertThat(jdbc.sql("select detail from audit_event where action = 'ROLE_GRANTED' and touched like ? order by detail")
                .param("%" + added.id() + "%").query(String.class).list()).containsExactly("role:AUDITOR", "role:PRACTITIONER");
    }

    @Test
    void aRefusedAttemptToGiveAPartnershipWideRoleNamesTheRole() throws Exception {
        UUID admin = signedIn.actor(ORGANISATION_ADMIN).id();
        add(ORGANISATION_ADMIN, "tries-" + UUID.randomUUID() + "@oakfield-primary.example", Role.PARTNERSHIP_AUDITOR)
                .andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select detail from audit_event where actor_id = ? and action = 'PARTNERSHIP_ROLE_GRANTED' and outcome = 'REFUSED'
                order by id desc limit 1""").param(admin).query(String.class).single()).isEqualTo("role:PARTNERSHIP_AUDITOR");
    }

    @Test
    void everyRoleGivenToANewUserIsAudited() throws Exception {
        String email = "two-roles-" + UUID.randomUUID() + "@oakfield-primary.example";
        mvc.perform(post("/organisation/users/new").with(signedIn.as(ORGANISATION_ADMIN)).with(csrf())
                .param("email", email).param("displayName", "Two Roles").param("roles", "PRACTITIONER", "AUDITOR")
                .param("initialPassword", PASSWORD)).andExpect(status().is3xxRedirection());
        UserAccount added = users.findByEmail(email).orElseThrow();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ROLE_GRANTED' and outcome = 'DONE' and touched like ?")
                .param("%" + added.id() + "%").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anOrganisationAdministratorCannotResetTheAuthenticatorOfAPartnershipWideUser() throws Exception {
        var oakfield = users.findByEmail(ORGANISATION_ADMIN).orElseThrow().organisationId();
        String email = "wide-" + UUID.randomUUID() + "@oakfield-primary.example";
        UserAccount wide = ((AccountChange.Done) setUp.user(oakfield,
                new NewUser(email, "Wide Reach", Set.of(Role.MASH_OFFICER), PASSWORD))).user();
        users.setTotp(wide.id(), "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", 0);
        mvc.perform(post("/organisation/users/" + wide.id() + "/reset-authenticator").with(signedIn.as(ORGANISATION_ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only a partnership administrator can reset the authenticator")));
        assertThat(users.find(wide.id()).orElseThrow().mfaEnrolled()).isTrue();
    }
}

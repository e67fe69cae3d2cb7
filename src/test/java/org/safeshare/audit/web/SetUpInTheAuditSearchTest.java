package org.safeshare.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.AccountChange;
import org.safeshare.accounts.NewUser;
import org.safeshare.accounts.setup.AccountsSetUp;
import org.safeshare.audit.domain.Checkpoint;
import org.safeshare.audit.persistence.Sequencer;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.people.NewRelationship;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.RelationshipType;
import org.safeshare.people.domain.Sex;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What set-up created (docs/adr/0014) is in the search of those who oversee it: a partnership auditor sees the set-up of
 * the partnership's own records, an organisation's auditor that of their organisation's, as done by set-up; the auditors
 * of another partnership or another organisation do not (the events stay in the service log, docs/adr/0027).
 */
@SafeshareTest
class SetUpInTheAuditSearchTest {

    private static final String RIVERSIDE_AUDITOR = "auditor@riverside-csc.example";
    private static final String OAKFIELD_AUDITOR = "auditor@oakfield-primary.example";
    private static final String HILLFORD_AUDITOR = "partnership.auditor@hillford-primary.example";
    private static final String ACADEMY_AUDITOR = "auditor@riverside-academy.example";
    private static final String PASSWORD = "Set-up-audit-2026-long";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired AccountsSetUp accounts;
    @Autowired PeopleSetUp people;
    @Autowired Sequencer sequencer;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private UUID oakfieldUser;
    private UUID hillfordUser;

    private OrganisationId organisationOf(String email) {
        return new OrganisationId(signedIn.actor(email).organisationId());
    }

    private UUID user(String organisationMember, String email, Role role) {
        AccountChange change = accounts.user(organisationOf(organisationMember), new NewUser(email, "Set-up " + marker, Set.of(role), PASSWORD));
        return ((AccountChange.Done) change).user().id().value();
    }

    /** A user set up in Oakfield (Riverside's partnership) and one in Hillford (another partnership), and their auditors. */
    @BeforeEach
    void setUpUsersInTwoPartnerships() {
        oakfieldUser = user("teacher@oakfield-primary.example", "set-up-" + marker + "@oakfield-primary.example", Role.PRACTITIONER);
        hillfordUser = user("dsl@hillford-primary.example", "set-up-" + marker + "@hillford-primary.example", Role.PRACTITIONER);
        user("dsl@hillford-primary.example", HILLFORD_AUDITOR, Role.PARTNERSHIP_AUDITOR);
        user("dsl@riverside-academy.example", ACADEMY_AUDITOR, Role.AUDITOR);
    }

    private String page(String auditor, String action, String... more) throws Exception {
        var request = get("/audit/search").param("action", action).with(signedIn.as(auditor));
        for (int i = 0; i < more.length; i += 2) {
            request = request.param(more[i], more[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String csv(String auditor, String action) throws Exception {
        return mvc.perform(get("/audit/search.csv").param("action", action).with(signedIn.as(auditor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPartnershipAuditorSeesTheSetUpOfAUserOfThePartnershipAsDoneBySetUp() throws Exception {
        String page = page(RIVERSIDE_AUDITOR, "USER_SET_UP");
        assertThat(page).contains("USER:" + oakfieldUser, "By set-up (the deployment, no person)", "Oakfield Primary School");
        String csv = csv(RIVERSIDE_AUDITOR, "USER_SET_UP");
        String line = csv.lines().filter(l -> l.contains("USER:" + oakfieldUser)).findFirst().orElseThrow();
        assertThat(line).contains(organisationOf("teacher@oakfield-primary.example").value().toString()).endsWith(",SET_UP");
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",done_by");
    }

    @Test
    void anotherPartnershipsAuditorDoesNotSeeIt() throws Exception {
        assertThat(page(HILLFORD_AUDITOR, "USER_SET_UP")).contains("USER:" + hillfordUser).doesNotContain("USER:" + oakfieldUser);
        assertThat(csv(HILLFORD_AUDITOR, "USER_SET_UP")).contains("USER:" + hillfordUser).doesNotContain("USER:" + oakfieldUser);
        assertThat(page(RIVERSIDE_AUDITOR, "USER_SET_UP")).doesNotContain("USER:" + hillfordUser);
        assertThat(csv(RIVERSIDE_AUDITOR, "USER_SET_UP")).doesNotContain("USER:" + hillfordUser);
    }

    @Test
    void anOrganisationsAuditorSeesTheirOrganisationsSetUpAndAnotherOrganisationsAuditorDoesNot() throws Exception {
        assertThat(page(OAKFIELD_AUDITOR, "USER_SET_UP")).contains("USER:" + oakfieldUser).doesNotContain("USER:" + hillfordUser);
        assertThat(csv(OAKFIELD_AUDITOR, "USER_SET_UP")).contains("USER:" + oakfieldUser);
        assertThat(page(ACADEMY_AUDITOR, "USER_SET_UP")).doesNotContain("USER:" + oakfieldUser, "USER:" + hillfordUser);
        assertThat(csv(ACADEMY_AUDITOR, "USER_SET_UP")).doesNotContain("USER:" + oakfieldUser, "USER:" + hillfordUser);
    }

    @Test
    void theSetUpIsFilteredByTheOrganisationItConcerns() throws Exception {
        String oakfield = organisationOf("teacher@oakfield-primary.example").value().toString();
        String academy = organisationOf("dsl@riverside-academy.example").value().toString();
        assertThat(page(RIVERSIDE_AUDITOR, "USER_SET_UP", "organisation", oakfield)).contains("USER:" + oakfieldUser);
        assertThat(page(RIVERSIDE_AUDITOR, "USER_SET_UP", "organisation", academy)).doesNotContain("USER:" + oakfieldUser);
    }

    @Test
    void theSetUpOfAnApiClientAPersonAndARelationshipIsThePartnershipsAndTheOrganisationsOnly() throws Exception {
        OrganisationId oakfield = organisationOf("teacher@oakfield-primary.example");
        accounts.apiClient(oakfield, "Set-up " + marker + " case system", "set-up-" + marker + "-token");
        UUID client = jdbc.sql("select id from api_client where name = :n").param("n", "Set-up " + marker + " case system")
                .query(UUID.class).single();
        PersonId subject = adult(oakfield, "Subject");
        PersonId related = adult(oakfield, "Related");
        people.ensureRelationship(oakfield, oakfieldUser, new NewRelationship(subject, related, RelationshipType.HOUSEHOLD_MEMBER, false,
                Optional.empty()));
        for (String auditor : List.of(RIVERSIDE_AUDITOR, OAKFIELD_AUDITOR)) {
            assertThat(page(auditor, "API_CLIENT_SET_UP")).as(auditor).contains("API_CLIENT:" + client);
            assertThat(page(auditor, "PERSON_SET_UP")).as(auditor).contains("PERSON:" + subject.value(), "PERSON:" + related.value());
            assertThat(page(auditor, "RELATIONSHIP_SET_UP", "person", subject.value().toString())).as(auditor)
                    .contains("PERSON:" + related.value());
        }
        for (String auditor : List.of(HILLFORD_AUDITOR, ACADEMY_AUDITOR)) {
            assertThat(page(auditor, "API_CLIENT_SET_UP")).as(auditor).doesNotContain("API_CLIENT:" + client);
            assertThat(page(auditor, "PERSON_SET_UP")).as(auditor).doesNotContain(subject.value().toString(), related.value().toString());
            assertThat(page(auditor, "RELATIONSHIP_SET_UP")).as(auditor).doesNotContain(subject.value().toString());
        }
    }

    private PersonId adult(OrganisationId organisation, String given) {
        return people.ensurePerson(organisation, oakfieldUser, new PersonDraft(PersonKind.ADULT, given, "Setup" + marker.replaceAll("[0-9]", "x"),
                LocalDate.of(1990, 1, 1), null, Sex.UNKNOWN, null, null, List.of(), null, null, null, null));
    }

    /** The directory's own set-up: older events named no organisation, yet their record says which partnership or organisation. */
    @Test
    void thePartnershipsAndItsOrganisationsSetUpAreItsAuditorsAndNotAnotherPartnerships() throws Exception {
        String riverside = signedIn.actor(RIVERSIDE_AUDITOR).partnershipId().toString();
        String hillford = signedIn.actor("dsl@hillford-primary.example").partnershipId().toString();
        String oakfield = organisationOf("teacher@oakfield-primary.example").value().toString();
        String hillfordPrimary = organisationOf("dsl@hillford-primary.example").value().toString();
        assertThat(page(RIVERSIDE_AUDITOR, "PARTNERSHIP_SET_UP")).contains("PARTNERSHIP:" + riverside).doesNotContain(hillford);
        assertThat(page(HILLFORD_AUDITOR, "PARTNERSHIP_SET_UP")).contains("PARTNERSHIP:" + hillford).doesNotContain(riverside);
        assertThat(page(RIVERSIDE_AUDITOR, "ORGANISATION_SET_UP")).contains("ORGANISATION:" + oakfield).doesNotContain(hillfordPrimary);
        assertThat(page(OAKFIELD_AUDITOR, "ORGANISATION_SET_UP")).contains("ORGANISATION:" + oakfield).doesNotContain(hillfordPrimary);
        assertThat(page(ACADEMY_AUDITOR, "ORGANISATION_SET_UP")).doesNotContain("ORGANISATION:" + oakfield);
        assertThat(page(HILLFORD_AUDITOR, "ORGANISATION_SET_UP")).contains("ORGANISATION:" + hillfordPrimary).doesNotContain(oakfield);
    }

    /** The search reads them where they are: each log is a Merkle tree, and set-up events keep to the service log. */
    @Test
    void aSetUpEventNamesItsOrganisationAndStaysInTheServiceLog() throws InterruptedException {
        long event = jdbc.sql("""
                select id from audit_event where action = 'USER_SET_UP' and touched = :touched and partnership_id is null
                   and actor_id is null and organisation_id = :organisation""")
                .param("touched", "USER:" + oakfieldUser).param("organisation", organisationOf("teacher@oakfield-primary.example").value())
                .query(Long.class).single();
        Optional<String> log = Optional.empty();
        // The sequencer waits for transactions still in flight (the scheduled jobs'): try again briefly.
        for (int attempt = 0; attempt < 50 && log.isEmpty(); attempt++) {
            sequencer.sequence();
            log = jdbc.sql("select log from audit_leaf where event_id = :e").param("e", event).query(String.class).optional();
            if (log.isEmpty()) {
                Thread.sleep(100);
            }
        }
        assertThat(log).contains(Checkpoint.SERVICE_LOG);
    }

    @Test
    void eachSearchIsOneViewOfTheTrailAndOneQueryForTheList() throws Exception {
        UUID auditor = signedIn.actor(RIVERSIDE_AUDITOR).id();
        long before = views(auditor);
        List<String> statements = org.safeshare.support.Statements.during(() -> page(RIVERSIDE_AUDITOR, "USER_SET_UP"));
        assertThat(views(auditor)).isEqualTo(before + 1);
        assertThat(statements.stream().filter(s -> s.contains("from audit_event e")).count()).isEqualTo(1);
    }

    private long views(UUID auditor) {
        return jdbc.sql("select count(*) from audit_event where actor_id = :a and action = 'AUDIT_VIEWED'").param("a", auditor)
                .query(Long.class).single();
    }
}

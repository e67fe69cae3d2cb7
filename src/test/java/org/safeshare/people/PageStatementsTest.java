package org.safeshare.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.DecisionApiTest;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The busiest pages run a short, pinned list of statements and take few connections from the pool (docs/performance.md):
 * under load every statement is a round trip the request waits for and every checkout a wait in the pool's queue.
 * Counted on the service's own connections, the audit log's own bookkeeping left out (its checkpoints come and go).
 */
@SafeshareTest
class PageStatementsTest {

    private static final String TEACHER = "teacher@oakfield-primary.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private Statements.Observed read(String page, String user) throws Exception {
        RequestPostProcessor as = signedIn.as(user);
        mvc.perform(get(page).with(as)).andExpect(status().isOk());
        return Statements.observed(() -> mvc.perform(get(page).with(as)).andExpect(status().isOk()));
    }

    private static List<String> own(Statements.Observed observed) {
        return observed.statements().stream().filter(sql -> !sql.contains("audit_")).toList();
    }

    @Test
    void thePersonPageReadsThePersonsWholeRecordInOneStatementAndTakesFewConnections() throws Exception {
        String ava = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
        String mash = jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(String.class).single();
        // At least one decision on the page, so that its recorders' and organisations' names are read too.
        mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer demo-oakfield-token").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"personId": "%s", "facts": %s,
                         "decision": {"choice": "SHARE", "reasons": "Bruising seen", "purpose": "Referral",
                           "recipientOrganisationId": "%s", "recipientPersonOrRole": "Duty social worker",
                           "information": [{"category": "Injury seen", "summary": "Bruises", "kind": "FACT"}],
                           "method": "SECURE_EMAIL", "subjectInformed": "NOT_INFORMED",
                           "notInformedReason": "Risk", "consentNotSoughtReason": "Seeking it would increase the risk"}}"""
                        .formatted(ava, DecisionApiTest.FACTS, mash))).andExpect(status().isCreated());
        Statements.Observed observed = read("/people/" + ava, TEACHER);
        List<String> statements = own(observed);
        assertThat(statements).as("the other names, addresses and network come with the person row")
                .noneMatch(sql -> sql.startsWith("select kind, given_name, family_name from person_other_name")
                        || sql.startsWith("select * from person_address") || sql.startsWith("select r.id as relationship_id"));
        assertThat(statements).as("statements: %s", statements).hasSize(PERSON_PAGE);
        assertThat(observed.checkouts()).as("connections taken from the pool").isEqualTo(PERSON_PAGE_CHECKOUTS);
    }

    @Test
    void theHomePageRunsAShortFixedListOfStatements() throws Exception {
        Statements.Observed observed = read("/", TEACHER);
        List<String> statements = own(observed);
        assertThat(statements).as("statements: %s", statements).hasSize(HOME_PAGE);
        // Listing the user's actions writes one view event when there are any (other test classes may have given her some).
        boolean hasActions = jdbc.sql("select exists (select 1 from action_item a join user_account u on u.id in (a.set_by, a.owner_user_id)"
                + " where u.email = ?)").param(TEACHER).query(Boolean.class).single();
        assertThat(observed.checkouts()).as("connections taken from the pool").isEqualTo(HOME_PAGE_CHECKOUTS + (hasActions ? 1 : 0));
    }

    /**
     * The person in one statement (four before), the consents, capacity assessments and grounds, the decisions (their
     * current versions' columns, V196) with their recorders' names, the session MockMvc opens (two inserts), and the
     * child's linked records (the links, then the linked records in one statement, and the partnership's count of records
     * the linkage index has not yet caught up with, ADR 0024): 11. Before V196: 11 without that count, with the recording
     * organisations' names read for a list that holds only the reader's own organisation's decisions; 13 without the linked
     * records, with the header's names read for every page and the person in four statements.
     */
    private static final int PERSON_PAGE = 11;
    /** The page's reads in one transaction, the view audited, the session; 4. */
    private static final int PERSON_PAGE_CHECKOUTS = 4;
    /**
     * The user's unseen sign-in notices, their actions (their teams, the actions they own, the actions they set) and the
     * session: 6, fixed whatever the actions (before the actions: 3; 4 before that, with the header's names).
     */
    private static final int HOME_PAGE = 6;
    /** The notices, the actions section (one read-only transaction), the session: 4. */
    private static final int HOME_PAGE_CHECKOUTS = 4;
}

package org.safeshare.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.Decisions;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page that lists records reads them in a fixed number of statements, however many there are (ADR 0012): counted on
 * the service's own connections, with one record and then with five more.
 */
@SafeshareTest
class StatementCountTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired Consents consents;
    @Autowired Decisions decisions;
    @Autowired JsonMapper json;

    @Test
    void thePersonsPageRunsNoMoreStatementsWithSixDecisionsAndConsentsThanWithOne() throws Exception {
        Actor nadia = signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
        PersonId isla = new HealthVisitingFamily(jdbc).person("Isla");
        consentAndDecisions(nadia, isla, 1);
        List<String> fewer = read("/people/" + isla, HealthVisitingFamily.HEALTH_VISITOR);
        consentAndDecisions(nadia, isla, 5);
        List<String> more = read("/people/" + isla, HealthVisitingFamily.HEALTH_VISITOR);
        assertThat(fewer).as("statements counted").isNotEmpty();
        assertThat(more).as("statements with five more decisions and consents: %s", more).hasSameSizeAs(fewer);
        assertThat(more).as("reads of the person row").filteredOn(sql -> sql.contains("from person p where p.id = ?")).hasSize(1);
    }

    @Test
    void theSharedWithUsListRunsNoMoreStatementsWithSixDecisionsThanWithOne() throws Exception {
        Actor nadia = signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
        PersonId isla = new HealthVisitingFamily(jdbc).person("Isla");
        consentAndDecisions(nadia, isla, 1);
        List<String> fewer = read("/decisions", HealthVisitingFamily.EARLY_HELP);
        consentAndDecisions(nadia, isla, 5);
        List<String> more = read("/decisions", HealthVisitingFamily.EARLY_HELP);
        assertThat(fewer).as("statements counted").isNotEmpty();
        assertThat(more).as("statements with five more decisions shared: %s", more).hasSameSizeAs(fewer);
    }

    /**
     * The statements of one page read, leaving out the audit log's own bookkeeping (its checkpoints come and go), after a
     * first read of the page: the header's names are kept for a minute once read (docs/performance.md).
     */
    private List<String> read(String page, String user) throws Exception {
        mvc.perform(get(page).with(signedIn.as(user))).andExpect(status().isOk());
        List<String> read = Statements.during(() -> mvc.perform(get(page).with(signedIn.as(user))).andExpect(status().isOk())).stream()
                .filter(sql -> !sql.contains("audit_")).toList();
        return read;
    }

    private void consentAndDecisions(Actor nadia, PersonId isla, int times) {
        HealthVisitingFamily family = new HealthVisitingFamily(jdbc);
        for (int i = 0; i < times; i++) {
            ConsentId consent = ((ConsentChange.Recorded) consents.record(nadia, people.visible(nadia, isla), family.mothersConsent(consents.today(), null))).id();
            decisions.record(nadia, Optional.of(people.visible(nadia, isla)), HealthVisitingFamily.earlyHelpFacts(json), family.shareWithEarlyHelp(consent.value()));
        }
    }
}

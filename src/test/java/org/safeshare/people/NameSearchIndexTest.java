package org.safeshare.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A name search can use the trigram indexes of V101 (docs/performance.md): the search as the service runs it, planned by
 * PostgreSQL over an organisation of 20,000 more people (added and rolled back within the test).
 * The search as it was written before, an "or" across the person's names and an "exists" over their other names,
 * could not use them: every person of the organisation was read.
 */
@SafeshareTest
class NameSearchIndexTest {

    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void theTrigramExtensionAndIndexesAreThere() {
        assertThat(jdbc.queryForList("select extname from pg_extension", String.class)).contains("pg_trgm");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname like '%\\_trgm'", String.class))
                .containsExactlyInAnyOrder("person_given_name_trgm", "person_family_name_trgm", "other_name_given_name_trgm",
                        "other_name_family_name_trgm");
    }

    @Test
    void aSearchByNameUsesTheTrigramIndexes() throws Exception {
        Actor teacher = signedIn.actor("teacher@oakfield-primary.example");
        List<String> statements = Statements.during(() -> people.search(teacher, PersonSearch.of("thomp")));
        String search = statements.stream().filter(sql -> sql.contains("from person p where p.organisation_id = ?")).findFirst()
                .orElseThrow();
        // The service's parameters, in its order: the organisation, then per word the organisation, the pattern, the
        // organisation, the pattern, the pattern twice.
        UUID organisation = teacher.organisationId();
        Object[] params = {organisation, organisation, "%thomp%", organisation, "%thomp%", "%thomp%", "%thomp%"};
        String plan = transactions.execute(t -> {
            // An organisation's worth of people, in this transaction only (rolled back, statistics too), so that the
            // planner weighs the indexes as it would on real data.
            jdbc.update("""
                    insert into person (id, organisation_id, kind, given_name, family_name, date_of_birth, sex, created_by)
                    select gen_random_uuid(), ?, 'CHILD', 'Given' || g, 'Family' || g, date '2015-01-01' + g % 3000, 'FEMALE', ?
                    from generate_series(1, 20000) g""", organisation, teacher.id());
            jdbc.execute("analyze person");
            jdbc.execute("set local enable_seqscan = off");
            StringBuilder explain = new StringBuilder("explain (costs off) ");
            int n = 0;
            for (char c : search.toCharArray()) {
                explain.append(c == '?' ? "'" + params[n++] + "'" : String.valueOf(c));
            }
            assertThat(n).as("parameters of %s", search).isEqualTo(params.length);
            String planned = String.join("\n", jdbc.queryForList(explain.toString(), String.class));
            t.setRollbackOnly();
            return planned;
        });
        assertThat(plan).as(plan).contains("person_given_name_trgm", "person_family_name_trgm", "other_name_given_name_trgm",
                "other_name_family_name_trgm");
    }
}

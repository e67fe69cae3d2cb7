package org.safeshare.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.matching.domain.BlockingKeys;
import org.safeshare.matching.domain.IndexEntries;
import org.safeshare.matching.domain.IndexEntries.Entry;
import org.safeshare.matching.persistence.BacklogRepository;
import org.safeshare.matching.persistence.IndexRepository;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PeopleForLinkage;
import org.safeshare.people.PersonId;
import org.safeshare.people.Registration;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.Sex;
import org.safeshare.platform.jobs.SingleInstanceJobs;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catch-up indexes a page of records in a fixed number of statements, however many of them need indexing, and re-keys
 * records indexed under an older key set (ADR 0024, addendum 1).
 */
@SafeshareTest
class LinkageIndexCatchUpBatchTest {

    /** Surnames no other test or seed uses, and far apart, so that none of these children is proposed as another's. */
    private static final List<String> SURNAMES = List.of("Quillfeather", "Ravensholt", "Bexendale", "Ormskirkby", "Tunnicliffe",
            "Wyndergast", "Pelligrew", "Aldershaw");

    @Autowired People people;
    @Autowired LinkageIndexCatchUp catchUp;
    @Autowired IndexRepository index;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    PairsAsTheyWere pairs;

    @BeforeEach
    void indexWhatOtherTestsWroteBehindTheServicesBackAndNotePairs() {
        catchUp.run(Duration.ofMinutes(1));
        pairs = new PairsAsTheyWere(jdbc);
    }

    @AfterEach
    void indexEverythingAndPutPairsBack() {
        catchUp.run(Duration.ofMinutes(1));
        pairs.restore();
    }

    @Test
    void indexingAPageTakesAsManyStatementsForEightRecordsAsForTwo(@Autowired PeopleForLinkage children,
            @Autowired LinkageIndex linkage, @Autowired Organisations organisations, @Autowired SingleInstanceJobs jobs,
            @Autowired TransactionTemplate transaction, @Autowired BacklogRepository backlog) throws Exception {
        List<PersonId> records = IntStream.range(0, SURNAMES.size())
                .mapToObj(i -> register(SURNAMES.get(i), LocalDate.of(2009 + i, 1 + i, 3 + 3 * i), (10 + i) + " Juniper Heights",
                        "RV5 9QX"))
                .toList();
        // One postcode: each record has candidates in both batches, so neither skips reading them.
        List<String> asEventsIndexedThem = rows(records);
        // Every child's record on one page, so the walk reads the same pages both times.
        LinkageIndexCatchUp onePage = new LinkageIndexCatchUp(backlog, children, linkage, organisations, jobs, transaction,
                Clock.systemUTC(), 100_000);

        records.subList(0, 2).forEach(this::forget);
        List<String> forTwo = Statements.during(() -> assertThat(onePage.run(Duration.ofMinutes(1))).isEqualTo(2));
        records.forEach(this::forget);
        List<String> forEight = Statements.during(() -> assertThat(onePage.run(Duration.ofMinutes(1))).isEqualTo(8));

        assertThat(rows(records)).as("the same rows as indexing one at a time").isEqualTo(asEventsIndexedThem);
        assertThat(forEight).as("statements for eight records, against %s for two", forTwo).hasSameSizeAs(forTwo);
    }

    @Test
    void aRecordIndexedBeforeTheNewerKeysGetsThemFromTheCatchUpAndCountsAsNotYetIndexedUntilThen() {
        PersonId child = register("Farquharson-Lyle", LocalDate.of(2012, 5, 17), "27 Sandpiper Walk", "RV4 6JD");
        UUID partnership = partnershipOf(child);
        short surnameAndHouse = (short) (BlockingKeys.SURNAME_AND_HOUSE_NUMBER.ordinal() + 1);
        long key = jdbc.sql("select key from matching_key where person_id = ? and kind = ?").params(child.value(), surnameAndHouse)
                .query(Long.class).single();
        Set<Entry> newerKey = Set.of(new Entry(surnameAndHouse, key));
        assertThat(index.candidates(partnership, newerKey, UUID.randomUUID())).contains(child.value());

        // As an upgraded database holds it: indexed before the ninth and tenth keys, and before key sets were recorded.
        jdbc.sql("delete from matching_key where person_id = ? and kind in (?, ?, ?)").params(child.value(), surnameAndHouse,
                (short) (BlockingKeys.UNCHECKED_IDENTIFIER.ordinal() + 1), IndexEntries.KEY_SET_KIND).update();
        assertThat(index.candidates(partnership, newerKey, UUID.randomUUID())).doesNotContain(child.value());

        assertThat(catchUp.count()).as("records to re-key count as not yet indexed").isEqualTo(1);
        assertThat(catchUp.coverage(partnership)).isEqualTo(new IndexCoverage(1));

        assertThat(catchUp.run(Duration.ofMinutes(1))).isEqualTo(1);

        assertThat(index.candidates(partnership, newerKey, UUID.randomUUID())).contains(child.value());
        assertThat(catchUp.count()).isZero();
        assertThat(catchUp.coverage(partnership).complete()).isTrue();
    }

    private PersonId register(String family, LocalDate born, String address, String postcode) {
        Actor school = signedIn.actor(LinkageIndexTest.SCHOOL_DSL);
        var registered = (Registration.Registered) people.register(school, new PersonDraft(PersonKind.CHILD, "Isolde", family, born,
                null, Sex.FEMALE, null, null, List.of(), address, null, "Riverside", postcode));
        return registered.personId();
    }

    /** As if the record had been written behind the service's back: no event indexed it. */
    private void forget(PersonId child) {
        jdbc.sql("delete from matching_key where person_id = ?").param(child.value()).update();
    }

    private List<String> rows(List<PersonId> children) {
        return jdbc.sql("select concat_ws(' ', partnership_id, kind, key, person_id) from matching_key where person_id in (:ids) order by 1")
                .param("ids", children.stream().map(PersonId::value).toList()).query(String.class).list();
    }

    private UUID partnershipOf(PersonId child) {
        return jdbc.sql("select distinct partnership_id from matching_key where person_id = ?").param(child.value())
                .query(UUID.class).single();
    }
}

package org.safeshare.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.people.NameChange;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.Registration;
import org.safeshare.people.domain.OtherName;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.Sex;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored index is kept current by the people module's events: a record added or changed is linked and found at once,
 * with no rebuild, and two instances adding the same child at the same moment do not miss each other.
 */
@SafeshareTest
class LinkageIndexTest {

    static final String SCHOOL_DSL = "dsl@oakfield-primary.example";

    @Autowired People people;
    @Autowired Holders holders;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    PairsAsTheyWere pairs;

    @BeforeEach
    void notePairs() {
        pairs = new PairsAsTheyWere(jdbc);
    }

    @AfterEach
    void putPairsBack() {
        pairs.restore();
    }

    private PersonId register(String email, String given, String family, String dob, String line1, String postcode) {
        Actor actor = signedIn.actor(email);
        var registered = (Registration.Registered) people.register(actor, new PersonDraft(PersonKind.CHILD, given, family,
                LocalDate.parse(dob), null, Sex.FEMALE, null, null, List.of(), line1, null, "Riverside", postcode));
        return registered.personId();
    }

    private List<String> holdersSeenByTheMash(PersonId child) {
        Actor mash = signedIn.actor(HoldersTest.MASH);
        var found = (HolderLookup.Found) holders.lookUp(mash, people.visible(mash, child), "MASH_REFERRAL");
        return found.holders().stream().map(Holder::organisation).toList();
    }

    private String pairStatus(PersonId a, PersonId b) {
        return jdbc.sql("""
                select status from matching_pair where (first_person_id = :a and second_person_id = :b)
                   or (first_person_id = :b and second_person_id = :a)""").param("a", a.value()).param("b", b.value())
                .query(String.class).optional().orElse("none");
    }

    @Test
    void aRecordAddedAtTheSchoolIsLinkedAndFoundAtOnce() {
        PersonId atMash = register(HoldersTest.MASH, "Tamsin", "Quarrie", "2015-06-21", "2 Gull Lane", "RV9 4ZZ");
        PersonId atSchool = register(SCHOOL_DSL, "Tamzin", "Quarrie", "2015-06-21", "2 Gull Lane", "RV9 4ZZ");
        assertThat(pairStatus(atMash, atSchool)).isEqualTo("LINKED");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LINK_MADE' and person_id = ?").param(atSchool.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(holdersSeenByTheMash(atMash)).contains("Oakfield Primary School");
    }

    @Test
    void aFormerNameAddedToTheSchoolsRecordLinksItAtOnce() {
        PersonId atMash = register(HoldersTest.MASH, "Nevaeh", "Pentreath", "2016-02-03", "9 Gull Lane", "RV9 4ZY");
        Actor school = signedIn.actor(SCHOOL_DSL);
        // Moved house, a new surname, and the day and month swapped: not enough to propose the pair.
        PersonId atSchool = register(SCHOOL_DSL, "Nevaeh", "Oduya", "2016-03-02", "40 Tern Street", "RV3 3AB");
        assertThat(pairStatus(atMash, atSchool)).isEqualTo("none");
        assertThat(holdersSeenByTheMash(atMash)).doesNotContain("Oakfield Primary School");
        assertThat(people.addOtherName(school, atSchool, OtherName.Kind.FORMER, "Nevaeh", "Pentreath")).isInstanceOf(NameChange.Added.class);
        assertThat(pairStatus(atMash, atSchool)).isEqualTo("LINKED");
        assertThat(holdersSeenByTheMash(atMash)).contains("Oakfield Primary School");
    }

    @Test
    void twoInstancesAddingTheSameChildAtOnceDoNotMissEachOther() throws Exception {
        // Two transactions on two connections are what two stateless instances on one PostgreSQL are: the first holds its
        // new record uncommitted while the second adds the same child elsewhere.
        CountDownLatch firstIndexed = new CountDownLatch(1);
        UUID[] first = new UUID[1];
        Thread instanceA = Thread.ofPlatform().start(() -> transaction.executeWithoutResult(t -> {
            first[0] = register(HoldersTest.MASH, "Ottilie", "Rusk", "2014-09-30", "5 Crane Close", "RV2 8QQ").value();
            firstIndexed.countDown();
            sleep(1500);
        }));
        assertThat(firstIndexed.await(30, TimeUnit.SECONDS)).isTrue();
        PersonId second = transaction.execute(t -> register(SCHOOL_DSL, "Ottilie", "Rusk", "2014-09-30", "5 Crane Close", "RV2 8QQ"));
        instanceA.join();
        assertThat(pairStatus(new PersonId(first[0]), second)).isEqualTo("LINKED");
    }

    @Test
    void aLookupReadsTheIndexNotEveryChildOfThePartnership() throws Exception {
        Actor mash = signedIn.actor(HoldersTest.MASH);
        PersonId kayden = new HoldersTest().kaydenIn(jdbc);
        List<String> executed = Statements.during(() -> transaction.executeWithoutResult(t ->
                holders.lookUp(mash, people.visible(mash, kayden), "MASH_REFERRAL")));
        assertThat(executed).noneMatch(sql -> sql.contains("p.kind = 'CHILD' and p.organisation_id in"));
        assertThat(executed).anyMatch(sql -> sql.contains("from matching_key"));
        assertThat(executed.size()).isLessThanOrEqualTo(30); // three holders, each audited (and alerted) on its own
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

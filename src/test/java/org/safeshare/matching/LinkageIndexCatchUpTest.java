package org.safeshare.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.SafeshareApplication;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Children's records no event indexed are indexed by a background job on one instance at a time (ADR 0024): the service
 * starts and is ready without waiting for them, and until they are indexed the lookups say the answer may be incomplete.
 */
@SafeshareTest
class LinkageIndexCatchUpTest {

    @Autowired People people;
    @Autowired Holders holders;
    @Autowired LinkageIndexCatchUp catchUp;
    @Autowired SingleInstanceJobs jobs;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

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
    void theLookupsSayTheIndexIsCatchingUpWhileChildrenAreUnindexedAndNotOtherwise() throws Exception {
        PersonId kayden = new HoldersTest().kaydenIn(jdbc);
        PersonId unindexed = registerAtTheSchool("Marigold", "Penhallow", "2013-04-11");
        catchUp.count();
        assertThat(lookUp(kayden).index().complete()).isTrue();
        holdersApi(kayden).andExpect(jsonPath("$.index.complete").value(true)).andExpect(jsonPath("$.index.recordsNotYetIndexed").value(0));
        linkedRecordsApi(kayden).andExpect(jsonPath("$.index.complete").value(true));

        forget(unindexed);
        catchUp.count();

        assertThat(lookUp(kayden).index()).isEqualTo(new IndexCoverage(1));
        String catchingUp = "The index is still being built: 1 record not yet indexed; the answer may be incomplete.";
        holdersApi(kayden).andExpect(jsonPath("$.index.complete").value(false)).andExpect(jsonPath("$.index.recordsNotYetIndexed").value(1));
        linkedRecordsApi(kayden).andExpect(jsonPath("$.index.complete").value(false))
                .andExpect(jsonPath("$.index.recordsNotYetIndexed").value(1));
        mvc.perform(post("/people/" + kayden + "/holders").param("purpose", "MASH_REFERRAL").with(signedIn.as(HoldersTest.MASH))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(catchingUp)));
        mvc.perform(get("/people/" + kayden).with(signedIn.as(HoldersTest.MASH))).andExpect(status().isOk())
                .andExpect(content().string(containsString(catchingUp)));

        assertThat(catchUp.run(Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(indexed(List.of(unindexed))).isEqualTo(1);
        assertThat(lookUp(kayden).index().complete()).isTrue();
        mvc.perform(get("/people/" + kayden).with(signedIn.as(HoldersTest.MASH))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("The index is still being built"))));
    }

    @Test
    void anInstanceStartsAndIsReadyWithoutWaitingAndOnlyTheInstanceHoldingTheJobIndexes() throws Exception {
        List<PersonId> children = List.of(registerAtTheSchool("Wilhelmina", "Trevaskis", "2012-08-19"),
                registerAtTheSchool("Peregrine", "Trevaskis", "2014-01-07"));
        children.forEach(this::forget);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> elsewhere = holdJob(held, release);
        ConfigurableApplicationContext second = null;
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            // Arguments, not builder properties: those are defaults, which the profiles' settings override.
            second = new SpringApplicationBuilder(SafeshareApplication.class).profiles("demo", "test")
                    .run("--server.port=0", "--safeshare.database.embedded-clean-start=false", "--safeshare.matching.jobs-first-run=0s",
                            "--safeshare.matching.index-catch-up-interval=100ms");
            assertThat(second.getBean(ApplicationAvailability.class).getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(indexed(children)).as("started and ready with the children still unindexed").isZero();

            // The new instance counts them (lookups say so) but, the job being held elsewhere, indexes none of them.
            awaitUntil(() -> lookUp(new HoldersTest().kaydenIn(jdbc)).index().recordsNotYetIndexed() >= 2);
            Thread.sleep(600); // the second instance tries about six times meanwhile
            assertThat(indexed(children)).as("no instance indexes while the job runs elsewhere").isZero();
            assertThat(catchUp.run(Duration.ofSeconds(5))).isEqualTo(-1);
        } finally {
            release.countDown();
        }
        try {
            assertThat(elsewhere.get(10, TimeUnit.SECONDS)).isTrue();
            awaitUntil(() -> indexed(children) == children.size());
            awaitUntil(() -> lookUp(new HoldersTest().kaydenIn(jdbc)).index().complete());
        } finally {
            second.close();
        }
    }

    @Test
    void aWalkLongerThanOneRunGoesOnWhereTheLastRunStoppedUntilItReachesTheEnd(@Autowired PeopleForLinkage children,
            @Autowired LinkageIndex linkage, @Autowired org.safeshare.organisations.Organisations organisations,
            @Autowired org.springframework.transaction.support.TransactionTemplate transaction,
            @Autowired org.safeshare.matching.persistence.BacklogRepository backlog) {
        PersonId unindexed = registerAtTheSchool("Tamsin", "Polglase", "2015-02-23");
        forget(unindexed);
        // One child's record per page and no time: each run reads exactly one page of the walk.
        var slow = new LinkageIndexCatchUp(backlog, children, linkage, organisations, jobs,
                transaction, java.time.Clock.systemUTC(), 1);
        long childrenHeld = children.childrenByOrganisation().values().stream().mapToLong(Long::longValue).sum();
        for (long run = 0; run <= childrenHeld && indexed(List.of(unindexed)) == 0; run++) {
            slow.run(Duration.ZERO);
        }
        assertThat(indexed(List.of(unindexed))).as("indexed within one walk of every child's record").isEqualTo(1);
    }

    private PersonId registerAtTheSchool(String given, String family, String dob) {
        Actor school = signedIn.actor(LinkageIndexTest.SCHOOL_DSL);
        var registered = (Registration.Registered) people.register(school, new PersonDraft(PersonKind.CHILD, given, family,
                LocalDate.parse(dob), null, Sex.FEMALE, null, null, List.of(), "3 Kestrel Row", null, "Riverside", "RV7 1LR"));
        return registered.personId();
    }

    /** As if the record had been written behind the service's back: no event indexed it. */
    private void forget(PersonId child) {
        jdbc.sql("delete from matching_key where person_id = ?").param(child.value()).update();
    }

    private long indexed(List<PersonId> children) {
        return jdbc.sql("select count(*) from matching_key where kind = 0 and person_id in (:ids)")
                .param("ids", children.stream().map(PersonId::value).toList()).query(Long.class).single();
    }

    private HolderLookup.Found lookUp(PersonId child) {
        Actor mash = signedIn.actor(HoldersTest.MASH);
        return (HolderLookup.Found) holders.lookUp(mash, people.visible(mash, child), "MASH_REFERRAL");
    }

    private org.springframework.test.web.servlet.ResultActions holdersApi(PersonId child) throws Exception {
        return mvc.perform(post("/api/v1/people/" + child + "/holders").with(signedIn.as(HoldersTest.MASH))
                .contentType(MediaType.APPLICATION_JSON).content("{\"purpose\":\"MASH_REFERRAL\"}")).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions linkedRecordsApi(PersonId child) throws Exception {
        return mvc.perform(get("/api/v1/people/" + child + "/linked-records").with(signedIn.as(HoldersTest.MASH)))
                .andExpect(status().isOk());
    }

    /** Runs the catch-up job "on another instance" (its own connection) until released. */
    private CompletableFuture<Boolean> holdJob(CountDownLatch held, CountDownLatch release) {
        return CompletableFuture.supplyAsync(() -> jobs.runAlone(LinkageIndexCatchUp.JOB, () -> {
            held.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}

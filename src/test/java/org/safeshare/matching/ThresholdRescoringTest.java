package org.safeshare.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When the partnership administrator changes the thresholds, the pairs the model decided follow them (linked, to review or
 * withdrawn), audited; a pair a person confirmed, rejected or unlinked stays as that person decided.
 */
@SafeshareTest
class ThresholdRescoringTest {

    @Autowired LinkThresholds thresholds;
    @Autowired ThresholdRescoringJob job;
    @Autowired ThresholdRescoring rescoring;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired ClericalReview review;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    PairsAsTheyWere pairs;

    @BeforeEach
    void notePairs() {
        pairs = new PairsAsTheyWere(jdbc);
    }

    @AfterEach
    void putPairsAndThresholdsBack() {
        pairs.restore();
        jdbc.sql("delete from matching_rescoring").update();
        jdbc.sql("delete from matching_threshold").update();
    }

    private UUID heldBy(String organisation, String given) {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id where o.name = ? and p.given_name = ?")
                .params(organisation, given).query(UUID.class).list().getFirst();
    }

    /** A pair between Isla Brown (a baby) and one of the Kayden records: the model scores it far below any threshold. */
    private UUID pair(UUID other, String status, boolean byAPerson) {
        UUID isla = heldBy("Riverside Health Visiting Service", "Isla");
        UUID partnership = jdbc.sql("select partnership_id from organisation where name = 'Riverside MASH'").query(UUID.class).single();
        UUID admin = signedIn.actor(ThresholdPagesTest.ADMIN).id();
        boolean ordered = isla.toString().compareTo(other.toString()) < 0;
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into matching_pair (id, partnership_id, first_person_id, second_person_id, probability, reasons, status, proposed_at,
                    decided_at, decided_by, decision_reason) values (?, ?, ?, ?, 0.9, 'test', ?, ?, ?, ?, ?)""")
                .params(id, partnership, ordered ? isla : other, ordered ? other : isla, status, now, status.equals("REVIEW") ? null : now,
                        byAPerson ? admin : null, byAPerson ? "decided by a person" : null)
                .update();
        return id;
    }

    private String status(UUID pair) {
        return jdbc.sql("select status from matching_pair where id = ?").param(pair).query(String.class).single();
    }

    private List<UUID> borderline() {
        UUID caden = heldBy("Riverside Academy", "Caden");
        return jdbc.sql("select id from matching_pair where (first_person_id = ? or second_person_id = ?) and status = 'REVIEW'"
                + " and decided_by is null").params(caden, caden).query(UUID.class).list();
    }

    /** Runs the re-scoring job until nothing is pending, as the one instance holding its lock would; what changed. */
    private ThresholdRescoring.Rescored rescoreAll() {
        ThresholdRescoring.Batch run = job.runFor(java.time.Duration.ofMinutes(1));
        assertThat(run.finished()).isTrue();
        return run.rescored();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = ?").param(action).query(Long.class).single();
    }

    @Test
    void theModelsPairsFollowTheNewThresholdsAndAPersonsDecisionsStay() {
        Actor admin = signedIn.actor(ThresholdPagesTest.ADMIN);
        UUID proposed = pair(heldBy("Oakfield Primary School", "Kaiden"), "REVIEW", false);
        UUID linkedByTheModel = pair(heldBy("Riverside MASH", "Kayden"), "LINKED", false);
        UUID confirmed = pair(heldBy("Brook Lane Surgery", "Kayden"), "LINKED", true);
        UUID rejected = pair(heldBy("Riverside Police Public Protection Unit", "Kaydon"), "REJECTED", true);
        List<UUID> borderline = borderline();
        assertThat(borderline).as("the demo's borderline Caden Marsh awaits review").isNotEmpty();
        long withdrawnBefore = audited("LINK_WITHDRAWN");

        var saved = (LinkThresholds.ThresholdChange.Saved) thresholds.set(admin, 0.5, 0.4);
        // The save only records that re-scoring is pending: nothing has moved yet, and the page and API can say how much is left.
        assertThat(saved.rescoring().inProgress()).isTrue();
        assertThat(saved.rescoring().pairsLeft()).isGreaterThanOrEqualTo(2 + borderline.size());
        assertThat(status(proposed)).isEqualTo("REVIEW");
        assertThat(thresholds.rescoring(admin).pairsLeft()).isEqualTo(saved.rescoring().pairsLeft());
        var lowered = rescoreAll();
        assertThat(thresholds.rescoring(admin).inProgress()).isFalse();

        // Scored afresh, Isla is nobody's Kayden: the model's proposal and its link are withdrawn; a person's decisions stand.
        assertThat(status(proposed)).isEqualTo("WITHDRAWN");
        assertThat(status(linkedByTheModel)).isEqualTo("WITHDRAWN");
        assertThat(status(confirmed)).isEqualTo("LINKED");
        assertThat(status(rejected)).isEqualTo("REJECTED");
        assertThat(audited("LINK_WITHDRAWN")).isEqualTo(withdrawnBefore + 2);
        // The borderline pair is above the lowered link threshold: linked by the model, out of the queue.
        assertThat(borderline).allSatisfy(p -> assertThat(status(p)).isEqualTo("LINKED"));
        assertThat(lowered.linked()).isGreaterThanOrEqualTo(borderline.size());
        assertThat(lowered.withdrawn()).isGreaterThanOrEqualTo(2);
        Actor mash = signedIn.actor(HoldersTest.MASH);
        assertThat(review.queue(mash)).extracting(ClericalReview.Proposal::id).doesNotContainAnyElementsOf(borderline);

        thresholds.set(admin, 0.95, 0.85);
        var restored = rescoreAll();

        // Back between the thresholds, the borderline pair is in the queue again; the deterministic links stay linked.
        assertThat(borderline).allSatisfy(p -> assertThat(status(p)).isEqualTo("REVIEW"));
        assertThat(review.queue(mash)).extracting(ClericalReview.Proposal::id).containsAll(borderline);
        assertThat(restored.toReview()).isGreaterThanOrEqualTo(borderline.size());
        assertThat(status(confirmed)).isEqualTo("LINKED");
        assertThat(status(rejected)).isEqualTo("REJECTED");
        assertThat(status(proposed)).isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("select count(*) from matching_pair p join person a on a.id = p.first_person_id join person b on b.id ="
                + " p.second_person_id where a.nhs_number = '9990000034' and b.nhs_number = '9990000034' and p.status <> 'LINKED'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aConfirmedPairBelowTheNewReviewThresholdStaysLinked() {
        Actor admin = signedIn.actor(ThresholdPagesTest.ADMIN);
        UUID confirmed = pair(heldBy("Oakfield Primary School", "Kaiden"), "LINKED", true);
        UUID unlinked = pair(heldBy("Riverside MASH", "Kayden"), "UNLINKED", false);
        jdbc.sql("update matching_pair set unlinked_by = decided_by, unlinked_at = now(), unlink_reason = 'two children' where id = ?")
                .param(unlinked).update();
        jdbc.sql("update matching_pair set unlinked_by = ? where id = ?").params(admin.id(), unlinked).update();
        thresholds.set(admin, 0.99, 0.98);
        rescoreAll();
        assertThat(status(confirmed)).isEqualTo("LINKED");
        assertThat(status(unlinked)).isEqualTo("UNLINKED");
    }

    @Test
    void twoAdministratorsSavingAtOnceLeaveThePairsAgreeingWithTheThresholdsOnRecord() throws Exception {
        // As from two instances: each save runs in its own transaction; the partnership's threshold lock makes the second
        // re-score after the first commits, so the pairs end as the thresholds that were saved last say.
        Actor admin = signedIn.actor(ThresholdPagesTest.ADMIN);
        List<UUID> borderline = borderline();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var lowered = pool.submit(() -> {
                start.await();
                return thresholds.set(admin, 0.5, 0.4);
            });
            var raised = pool.submit(() -> {
                start.await();
                return thresholds.set(admin, 0.96, 0.86);
            });
            start.countDown();
            assertThat(lowered.get()).isInstanceOf(LinkThresholds.ThresholdChange.Saved.class);
            assertThat(raised.get()).isInstanceOf(LinkThresholds.ThresholdChange.Saved.class);
        } finally {
            pool.shutdown();
        }
        rescoreAll();
        double link = jdbc.sql("select link from matching_threshold").query(Double.class).single();
        String expected = link == 0.5 ? "LINKED" : "REVIEW";
        assertThat(borderline).allSatisfy(p -> assertThat(status(p)).isEqualTo(expected));
    }

    @Test
    void reScoringGoesInBatchesEachItsOwnTransactionAndABatchInterruptedIsSimplyDoneAgain() {
        Actor admin = signedIn.actor(ThresholdPagesTest.ADMIN);
        UUID proposed = pair(heldBy("Oakfield Primary School", "Kaiden"), "REVIEW", false);
        UUID linkedByTheModel = pair(heldBy("Riverside MASH", "Kayden"), "LINKED", false);
        UUID confirmed = pair(heldBy("Brook Lane Surgery", "Kayden"), "LINKED", true);
        long left = ((LinkThresholds.ThresholdChange.Saved) thresholds.set(admin, 0.99, 0.98)).rescoring().pairsLeft();

        // A batch whose transaction rolls back (an instance lost mid-batch) changes neither the pairs nor the cursor.
        transaction.executeWithoutResult(t -> {
            rescoring.nextBatch(admin.partnershipId(), 1);
            t.setRollbackOnly();
        });
        assertThat(thresholds.rescoring(admin).pairsLeft()).isEqualTo(left);
        // One committed batch of one pair moves the cursor by one.
        transaction.executeWithoutResult(t -> rescoring.nextBatch(admin.partnershipId(), 1));
        assertThat(thresholds.rescoring(admin).pairsLeft()).isEqualTo(left - 1);

        rescoreAll();
        assertThat(thresholds.rescoring(admin).inProgress()).isFalse();
        assertThat(status(proposed)).isEqualTo("WITHDRAWN");
        assertThat(status(linkedByTheModel)).isEqualTo("WITHDRAWN");
        assertThat(status(confirmed)).as("a person's decision").isEqualTo("LINKED");
    }
}

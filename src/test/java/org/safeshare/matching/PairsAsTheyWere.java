package org.safeshare.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test classes share one demo database: a test that decides, unlinks or adds pairs puts them back as they were, so
 * that the demo's pairs (Kayden's links, the borderline Caden Marsh awaiting review) are there for the next class.
 */
final class PairsAsTheyWere {

    private final JdbcClient jdbc;
    private final List<Map<String, Object>> rows;

    PairsAsTheyWere(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = jdbc.sql("select * from matching_pair").query().listOfRows();
    }

    void restore() {
        List<UUID> kept = rows.stream().map(r -> (UUID) r.get("id")).toList();
        if (kept.isEmpty()) {
            jdbc.sql("delete from matching_pair").update();
        } else {
            jdbc.sql("delete from matching_pair where id not in (:kept)").param("kept", kept).update();
        }
        for (Map<String, Object> r : rows) {
            jdbc.sql("""
                    update matching_pair set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?, unlinked_by = ?,
                        unlinked_at = ?, unlink_reason = ?, probability = ?, reasons = ? where id = ?""")
                    .params(r.get("status"), r.get("decided_by"), r.get("decided_at"), r.get("decision_reason"), r.get("unlinked_by"),
                            r.get("unlinked_at"), r.get("unlink_reason"), r.get("probability"), r.get("reasons"), r.get("id"))
                    .update();
        }
    }
}

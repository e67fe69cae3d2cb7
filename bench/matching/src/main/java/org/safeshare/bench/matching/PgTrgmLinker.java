package org.safeshare.bench.matching;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * PostgreSQL pg_trgm as a peer, in the manner of the research notes' "3-pass blocking + SQL score": records in an unlogged
 * table, a GIN trigram index on the full name and btree indexes on date of birth, postcode and NHS number; candidate pairs
 * are those whose names are trigram-similar ({@code %} at pg_trgm.similarity_threshold 0.5) or that share a date of birth,
 * a postcode or an NHS number; a pair links when 2 x name similarity + date of birth (1 same, 0.5 unknown) + postcode (1 same,
 * 0.5 unknown) + 2 x same NHS number reaches 2.5. The weights were fixed before any run and not tuned (as Duke's and JedAI's
 * configurations). Clusters are connected components. Needs a server: {@code --url jdbc:postgresql://...} (scripts/pg.sh).
 */
final class PgTrgmLinker {

    static final double LINK_SCORE = 2.5;

    private PgTrgmLinker() {}

    static int[] link(List<String[]> rows, String url) throws SQLException, java.io.IOException {
        try (Connection db = DriverManager.getConnection(url); Statement sql = db.createStatement()) {
            sql.execute("create extension if not exists pg_trgm");
            sql.execute("drop table if exists r");
            sql.execute("create unlogged table r (id int primary key, nhs text, name text, dob date, postcode text)");
            StringBuilder copy = new StringBuilder();
            for (int i = 0; i < rows.size(); i++) {
                String[] row = rows.get(i);
                String name = (row[5] + " " + row[7]).trim().toLowerCase(java.util.Locale.ROOT);
                copy.append(i).append('\t').append(text(row[3])).append('\t').append(text(name)).append('\t').append(text(row[8]))
                        .append('\t').append(text(row[10].replace(" ", "").toUpperCase(java.util.Locale.ROOT))).append('\n');
            }
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy r from stdin", new StringReader(copy.toString()));
            sql.execute("create index on r using gin (name gin_trgm_ops)");
            sql.execute("create index on r (dob)");
            sql.execute("create index on r (postcode)");
            sql.execute("create index on r (nhs)");
            sql.execute("analyze r");
            sql.execute("set pg_trgm.similarity_threshold = 0.5");
            Bench.Components components = new Bench.Components(rows.size());
            try (ResultSet pairs = sql.executeQuery("""
                    with candidates as (
                      select a.id x, b.id y from r a join r b on a.name % b.name and a.id < b.id
                      union select a.id, b.id from r a join r b on a.dob = b.dob and a.id < b.id
                      union select a.id, b.id from r a join r b on a.postcode = b.postcode and a.id < b.id
                      union select a.id, b.id from r a join r b on a.nhs = b.nhs and a.id < b.id)
                    select x, y from candidates join r a on a.id = x join r b on b.id = y
                    where 2 * coalesce(similarity(a.name, b.name), 0)
                        + case when a.dob is null or b.dob is null then 0.5 when a.dob = b.dob then 1 else 0 end
                        + case when a.postcode is null or b.postcode is null then 0.5 when a.postcode = b.postcode then 1 else 0 end
                        + case when a.nhs = b.nhs then 2 else 0 end >= """ + LINK_SCORE)) {
                while (pairs.next()) {
                    components.union(pairs.getInt(1), pairs.getInt(2));
                }
            }
            sql.execute("drop table r");
            return components.roots();
        }
    }

    /** COPY text format: empty is NULL; the CSV fields hold no tabs, newlines or backslashes after Bench.split. */
    private static String text(String value) {
        return value.isEmpty() ? "\\N" : value.replace("\\", "\\\\").replace("\t", " ");
    }
}

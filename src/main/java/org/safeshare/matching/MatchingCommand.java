package org.safeshare.matching;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.safeshare.matching.csv.RecordCsv;
import org.safeshare.matching.domain.AgencyRecord;
import org.safeshare.matching.domain.BlockingIndex;
import org.safeshare.matching.domain.BulkLinkage;
import org.safeshare.matching.domain.ModelTraining;
import org.safeshare.matching.domain.PersonSearch;
import org.safeshare.matching.domain.RecordStore;
import org.safeshare.matching.domain.Scorer;
import org.safeshare.matching.domain.Thresholds;

/**
 * {@code java -jar safeshare-exec.jar matching link --input records.csv --output links.csv} and
 * {@code matching query --index records.csv --queries queries.csv --output answers.csv}: bulk linkage and
 * batch lookups on files, without the database or a web server (for bulk work and benchmarks). Options
 * {@code --link-threshold} and {@code --review-threshold} override {@link Thresholds#DEFAULT}; {@code --possible-twins score}
 * lets possible twins link on their score (for data without twins). Exit code 0
 * when done (rejected rows are reported and skipped), 2 for a usage or file error.
 */
public final class MatchingCommand {

    static final String USAGE = """
            Usage: matching link --input records.csv --output links.csv [--link-threshold P] [--review-threshold P]
                   matching query --index records.csv --queries queries.csv --output answers.csv [--review-threshold P]
            Options: --possible-twins review|score (default review: different first names on the same date of birth,
                     surname and home are held between the thresholds for a person to decide)""";
    private static final long SEED = 20261201L;

    private MatchingCommand() {}

    public static int run(String[] args, PrintStream out) {
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        try {
            if (args.length > 1 && args[1].equals("link") && options.has("--input", "--output")) {
                return link(options, out);
            }
            if (args.length > 1 && args[1].equals("query") && options.has("--index", "--queries", "--output")) {
                return query(options, out);
            }
        } catch (NoSuchFileException e) {
            out.println("No such file: " + e.getFile());
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            out.println("Could not run: " + e.getMessage());
            return 2;
        }
        out.println(USAGE);
        return 2;
    }

    private static int link(Options options, PrintStream out) throws IOException {
        long started = System.nanoTime();
        RecordStore store = new RecordStore();
        load(options.path("--input"), record -> store.add(record, true), out);
        int n = store.size();
        long read = System.nanoTime();
        BlockingIndex index = BlockingIndex.build(store, n);
        long indexed = System.nanoTime();
        Scorer scorer = new Scorer(store, ModelTraining.train(store, index, SEED), options.thresholds());
        long trained = System.nanoTime();
        BulkLinkage.Result result = BulkLinkage.link(store, index, scorer, options.thresholds());
        long linked = System.nanoTime();
        try (BufferedWriter writer = Files.newBufferedWriter(options.path("--output"))) {
            writer.write("rec_id,cluster_id\n");
            for (int i = 0; i < n; i++) {
                writer.write(RecordCsv.field(store.recId(i)) + "," + RecordCsv.field(store.recId(result.cluster()[i])) + "\n");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("Linked %,d records: %,d pairs scored, %,d links, %,d clusters, %,d records in blocks too large to score%n", n,
                result.pairsScored(), result.links(), Arrays.stream(result.cluster()).distinct().count(), result.recordsInSkippedBlocks());
        out.printf("%.1f s, %,.0f records/s (read %.1f s, index %.1f s, train %.1f s, link %.1f s); %s; index %,d bytes (%.0f B/record)%n",
                seconds, n / seconds, (read - started) / 1e9, (indexed - read) / 1e9, (trained - indexed) / 1e9, (linked - trained) / 1e9,
                Memory.peak(), index.bytes(), index.bytes() / (double) Math.max(1, n));
        out.println("Model: " + scorer.model().describe());
        return 0;
    }

    private static int query(Options options, PrintStream out) throws IOException {
        long started = System.nanoTime();
        RecordStore store = new RecordStore();
        load(options.path("--index"), record -> store.add(record, true), out);
        int n = store.size();
        BlockingIndex index = BlockingIndex.build(store, n);
        Scorer scorer = new Scorer(store, ModelTraining.train(store, index, SEED), options.thresholds());
        double buildSeconds = (System.nanoTime() - started) / 1e9;
        PersonSearch search = new PersonSearch(store, index, scorer, options.thresholds());
        List<AgencyRecord> queries = new ArrayList<>();
        load(options.path("--queries"), queries::add, out);
        long[] nanos = new long[queries.size()];
        long answered = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(options.path("--output"))) {
            writer.write("query_id,rec_id,probability\n");
            for (int q = 0; q < queries.size(); q++) {
                long t = System.nanoTime();
                List<PersonSearch.Candidate> answers = search.search(queries.get(q));
                nanos[q] = System.nanoTime() - t;
                for (PersonSearch.Candidate answer : answers) {
                    writer.write(RecordCsv.field(queries.get(q).recId()) + "," + RecordCsv.field(store.recId(answer.record())) + ","
                            + String.format("%.6f", answer.probability()) + "\n");
                    answered++;
                }
            }
        }
        Arrays.sort(nanos);
        out.printf("Indexed %,d records in %.1f s (%,.0f records/s); index %,d bytes (%.0f B/record)%n", n, buildSeconds, n / buildSeconds,
                index.bytes(), index.bytes() / (double) Math.max(1, n));
        out.printf("Answered %,d queries with %,d candidates; latency p50 %.2f ms, p99 %.2f ms; %s%n", queries.size(), answered,
                percentile(nanos, 0.50), percentile(nanos, 0.99), Memory.peak());
        out.println("Model: " + scorer.model().describe());
        return 0;
    }

    private static void load(Path file, java.util.function.Consumer<AgencyRecord> sink, PrintStream out) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            List<RecordCsv.Rejected> rejected = RecordCsv.read(reader, sink);
            rejected.stream().limit(1000).forEach(r -> out.printf("%s line %d skipped: %s%n", file.getFileName(), r.line(), r.reason()));
            if (!rejected.isEmpty()) {
                out.printf("%s: %,d malformed rows skipped%n", file.getFileName(), rejected.size());
            }
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}

package org.safeshare.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeshare.matching.csv.RecordCsv;

/** The command-line contract of issue 13: files in, files out, speed and memory printed, bad rows reported. */
class MatchingCommandTest {

    @TempDir
    Path dir;

    @Test
    void linkWritesOneClusterPerChildAndReportsSpeedMemoryAndBadRows() throws IOException {
        Path input = write("records.csv", RecordCsv.HEADER,
                "s1,,school,,,Alfie,,Przybylski,2016-03-04,M,LS6 2QT,",
                "g1,,gp,9434765919,,Alfred,,Przybylsky,2016-04-03,M,LS6 2QT,",
                "p1,,police,,,Alfie,,Pryzbylski,2016-03-04,M,LS6 2QU,",
                "x1,,school,,,Grace,,Mensah,2012-11-30,F,M1 1AA,",
                "bad,,school,,,Grace,,Mensah,30/11/2012,F,M1 1AA,");
        Path output = dir.resolve("links.csv");

        String printed = run("matching", "link", "--input", input.toString(), "--output", output.toString());

        List<String> links = Files.readAllLines(output);
        assertThat(links.getFirst()).isEqualTo("rec_id,cluster_id");
        assertThat(links).hasSize(5);
        assertThat(printed).contains("records.csv line 6 skipped: dob is not a date").contains("records/s").contains("peak memory");
    }

    @Test
    void queryAnswersCandidatesBestFirstAtOrAboveTheReviewThreshold() throws IOException {
        Path index = write("index.csv", RecordCsv.HEADER,
                "s1,,school,,,Alfie,,Przybylski,2016-03-04,M,LS6 2QT,",
                "x1,,school,,,Grace,,Mensah,2012-11-30,F,M1 1AA,");
        Path queries = write("queries.csv", RecordCsv.HEADER, "q1,,mash,,,Alfy,,Przybylski,2016-03-04,M,LS6 2QT,");
        Path output = dir.resolve("answers.csv");

        String printed = run("matching", "query", "--index", index.toString(), "--queries", queries.toString(), "--output", output.toString(),
                "--review-threshold", "0.5");

        assertThat(Files.readAllLines(output).getFirst()).isEqualTo("query_id,rec_id,probability");
        assertThat(printed).contains("latency p50").contains("peak memory");
    }

    @Test
    void aMissingOptionAnswersTheUsageAndExitCodeTwo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(MatchingCommand.run(new String[] {"matching", "link", "--input", "x.csv"}, new PrintStream(bytes))).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("Usage: matching link");
    }

    private String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(MatchingCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8))).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}

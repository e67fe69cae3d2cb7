package org.safeshare.bench.matching;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a peer on the same CSV as our CLI and writes the same links.csv ({@code rec_id,cluster_id}), so one
 * evaluator scores all three: {@code duke-link --input F --output F}, {@code jedai-link --input F --output F} and
 * {@code pgtrgm-link --input F --output F --url jdbc:postgresql://...}.
 * Each prints records/s; run.sh measures peak memory around the process.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        long started = System.nanoTime();
        List<String[]> rows = read(Path.of(o.get("--input")));
        int[] cluster = switch (args[0]) {
            case "duke-link" -> DukeLinker.link(Path.of(o.get("--input")), rows, o);
            case "jedai-link" -> JedaiLinker.link(rows, Float.parseFloat(o.getOrDefault("--threshold", "0.5")));
            case "pgtrgm-link" -> PgTrgmLinker.link(rows, o.get("--url"));
            default -> throw new IllegalArgumentException("duke-link | jedai-link | pgtrgm-link");
        };
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(o.get("--output")))) {
            out.write("rec_id,cluster_id\n");
            for (int i = 0; i < rows.size(); i++) {
                out.write(rows.get(i)[0] + "," + rows.get(cluster[i])[0] + "\n");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %,d records in %.1f s, %,.0f records/s%n", args[0], rows.size(), seconds, rows.size() / seconds);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        return o;
    }

    /** The CLI's CSV, split with the same simple RFC 4180 rules (the generator and converters write one record a line). */
    static List<String[]> read(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                rows.add(split(line));
            }
        }
        return rows;
    }

    static String[] split(String line) {
        List<String> fields = new ArrayList<>(12);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        while (fields.size() < 12) {
            fields.add("");
        }
        return fields.toArray(String[]::new);
    }

    /** Connected components over matched pairs of row positions. */
    static final class Components {
        final int[] parent;

        Components(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        int[] roots() {
            int[] roots = new int[parent.length];
            for (int i = 0; i < roots.length; i++) {
                roots[i] = find(i);
            }
            return roots;
        }
    }
}

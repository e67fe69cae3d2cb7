package org.safeshare.platform.web.charts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV as RFC 4180 defines it (CRLF line ends; a field holding a comma, a quote or a line break is quoted, its quotes
 * doubled), safe to open in a spreadsheet: a cell starting with =, +, -, @, a tab or a carriage return is prefixed with
 * an apostrophe so it is read as text, never as a formula (OWASP, CSV injection). Downloads get a safe file name.
 */
public final class CsvExport {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvExport() {}

    /** A chart's figures: its two headings, then one row per bar. */
    public static String of(BarChart chart) {
        return csv(List.of(chart.categoryHeading(), chart.valueHeading()),
                chart.bars().stream().map(b -> List.of(b.label(), Long.toString(b.value()))).toList());
    }

    /** A header row and the rows, as RFC 4180 text. */
    public static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** The file name: "safeshare-", the name reduced to lower-case letters, digits and hyphens, the date, ".csv". */
    public static String fileName(String name, LocalDate on) {
        String safe = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return "safeshare-" + (safe.isEmpty() ? "export" : safe.substring(0, Math.min(60, safe.length()))) + "-" + on + ".csv";
    }

    /** The CSV as an attachment, with its safe name in {@code Content-Disposition} and no caching of what it holds. */
    public static ResponseEntity<byte[]> download(String name, String csv, LocalDate on) {
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName(name, on)).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}

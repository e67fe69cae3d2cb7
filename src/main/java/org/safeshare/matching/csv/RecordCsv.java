package org.safeshare.matching.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.safeshare.matching.domain.AgencyRecord;

/**
 * Reads agency records from CSV (RFC 4180 quoting, one record a line) with the header
 * {@value #HEADER}. A row that cannot be read exactly (wrong number of fields, an unclosed quote, a date
 * that is not ISO 8601) is reported with its line number and skipped, never guessed at.
 */
public final class RecordCsv {

    public static final String HEADER = "rec_id,cluster_id,agency,nhs_number,upn,first_name,middle_name,surname,dob,sex,postcode,address";
    private static final int FIELDS = 12;

    /** A row left out, with its line number (1 is the header) and why. */
    public record Rejected(long line, String reason) {}

    private RecordCsv() {}

    /** Feeds each good record to {@code sink}; answers the rejected rows, or throws if the header is wrong. */
    public static List<Rejected> read(BufferedReader in, Consumer<AgencyRecord> sink) throws IOException {
        String header = in.readLine();
        if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IOException("The first line must be the header " + HEADER);
        }
        List<Rejected> rejected = new ArrayList<>();
        long line = 1;
        String text;
        List<String> fields = new ArrayList<>(FIELDS);
        while ((text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String problem = split(text, fields);
            if (problem == null && fields.size() != FIELDS) {
                problem = "has " + fields.size() + " fields, not " + FIELDS;
            }
            if (problem == null && fields.get(0).isBlank()) {
                problem = "has no rec_id";
            }
            LocalDate dob = null;
            if (problem == null && !fields.get(8).isBlank()) {
                try {
                    dob = LocalDate.parse(fields.get(8).strip());
                } catch (DateTimeParseException e) {
                    problem = "dob is not a date in the form YYYY-MM-DD";
                }
            }
            if (problem != null) {
                rejected.add(new Rejected(line, problem));
                continue;
            }
            sink.accept(new AgencyRecord(fields.get(0).strip(), fields.get(2), fields.get(3), fields.get(4), fields.get(5), fields.get(6),
                    fields.get(7), dob, fields.get(9), fields.get(10), fields.get(11)));
        }
        return rejected;
    }

    /** Splits one line into fields; answers a problem, or null when the line was well formed. */
    public static String split(String line, List<String> fields) {
        fields.clear();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == '"' || wasQuoted) {
                return "has a quote inside an unquoted field or text after a closing quote";
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return "has an unclosed quote";
        }
        fields.add(field.toString());
        return null;
    }

    /** A value as a CSV field, quoted when it must be. */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

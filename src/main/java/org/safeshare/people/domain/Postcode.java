package org.safeshare.people.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode in its standard form: capitals, one space before the inward code (Royal Mail
 * format, including the non-geographic GIR 0AA). Only the shape is checked, not that it exists.
 */
public record Postcode(String value) {

    private static final Pattern SHAPE = Pattern.compile("GIR 0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
            + "|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y]) [0-9][ABD-HJLNP-UW-Z]{2}");

    public Postcode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a valid postcode");
        }
    }

    public static Parsed<Postcode> parse(String input) {
        String compact = input == null ? "" : input.replaceAll("\\s", "").toUpperCase(Locale.UK);
        if (compact.isEmpty()) {
            return new Parsed.Invalid<>("Enter a postcode");
        }
        if (compact.length() < 5 || compact.length() > 7) {
            return new Parsed.Invalid<>("Enter a real postcode");
        }
        String normal = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return SHAPE.matcher(normal).matches() ? new Parsed.Valid<>(new Postcode(normal)) : new Parsed.Invalid<>("Enter a real postcode");
    }

    @Override
    public String toString() {
        return value;
    }
}

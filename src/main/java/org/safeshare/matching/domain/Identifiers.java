package org.safeshare.matching.domain;

import java.util.Locale;
import org.safeshare.people.domain.NhsNumber;
import org.safeshare.people.domain.UniquePupilNumber;

/**
 * The national identifiers a deterministic link may rest on, only when their check digit or letter is
 * right: a mistyped NHS number that happens to equal another child's must never join two children.
 */
public final class Identifiers {

    private Identifiers() {}

    /** The NHS number as a positive long, or 0 when it is absent or fails the modulus 11 check. */
    public static long nhsNumber(String text) {
        String digits = compact(text);
        if (digits.length() != 10) {
            return 0;
        }
        for (int i = 0; i < 10; i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return 0;
            }
        }
        if (NhsNumber.checkDigit(digits) != digits.charAt(9) - '0') {
            return 0;
        }
        return Long.parseLong(digits) + 1; // + 1 keeps 0 free to mean "none"
    }

    /** The UPN in capitals, or the empty string when it is absent or its check letter does not match. */
    public static String upn(String text) {
        var parsed = UniquePupilNumber.parse(text.toUpperCase(Locale.UK));
        return parsed instanceof org.safeshare.people.domain.Parsed.Valid<UniquePupilNumber> valid ? valid.value().value() : "";
    }

    /**
     * An NHS number that fails its check (mistyped, or not an NHS number at all), as text without spaces or hyphens, for
     * comparison as evidence only; "" when it is absent or valid (a valid one is {@link #nhsNumber}).
     */
    public static String uncheckedNhsNumber(String text) {
        return nhsNumber(text) != 0 ? "" : compact(text);
    }

    /** A UPN whose check letter does not match, in capitals without spaces, for comparison as evidence only; "" otherwise. */
    public static String uncheckedUpn(String text) {
        return upn(text).isEmpty() ? compact(text) : "";
    }

    /** The digits of a valid NHS number held as {@link #nhsNumber} answers it. */
    static String nhsText(long nhsNumber) {
        String digits = Long.toString(nhsNumber - 1);
        return "0".repeat(10 - digits.length()) + digits;
    }

    private static String compact(String text) {
        return text.replace(" ", "").replace("-", "").toUpperCase(Locale.UK);
    }
}

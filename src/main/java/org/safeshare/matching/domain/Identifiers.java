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
        String digits = text.replace(" ", "").replace("-", "");
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
}

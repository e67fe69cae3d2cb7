package org.safeshare.people.domain;

/**
 * A pupil's unique pupil number (DfE "UPN specification"): a check letter, the 3-digit local
 * authority code, 4-digit establishment number, 2-digit year of allocation and 3-digit serial.
 * A temporary UPN carries a letter in position 12 until the permanent one is known.
 */
public record UniquePupilNumber(String value) {

    /** The 23 letters the DfE uses; I, O and S are left out because they look like digits. */
    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public UniquePupilNumber {
        if (problemWith(value) != null) {
            throw new IllegalArgumentException("Not a valid unique pupil number");
        }
    }

    public static Parsed<UniquePupilNumber> parse(String input) {
        String upn = input == null ? "" : input.replace(" ", "").toUpperCase(java.util.Locale.UK);
        String problem = problemWith(upn);
        return problem == null ? new Parsed.Valid<>(new UniquePupilNumber(upn)) : new Parsed.Invalid<>(problem);
    }

    /** The check letter for characters 2 to 13: weights 2 to 13, sum modulo 23, as a DfE letter. */
    public static char checkLetter(String lastTwelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += valueOf(lastTwelve.charAt(i)) * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }

    public boolean temporary() {
        return Character.isLetter(value.charAt(11));
    }

    @Override
    public String toString() {
        return value;
    }

    private static int valueOf(char c) {
        return Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
    }

    private static String problemWith(String upn) {
        if (upn == null || upn.isEmpty()) {
            return "Enter a unique pupil number";
        }
        if (upn.length() != 13) {
            return "Unique pupil number must be 13 characters";
        }
        if (!shapeIsRight(upn)) {
            return "Enter a unique pupil number in the correct format, like A123456789012";
        }
        if (checkLetter(upn.substring(1)) != upn.charAt(0)) {
            return "Enter a valid unique pupil number: the check letter does not match";
        }
        return null;
    }

    private static boolean shapeIsRight(String upn) {
        if (LETTERS.indexOf(upn.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            boolean letterAllowed = i == 11;
            if (!Character.isDigit(c) && !(letterAllowed && LETTERS.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}

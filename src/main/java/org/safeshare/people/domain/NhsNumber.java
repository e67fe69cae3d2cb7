package org.safeshare.people.domain;

/**
 * A person's NHS number: ten digits, the last a modulus 11 check digit (NHS Data Dictionary).
 * Stored as ten digits, shown in the 3-3-4 groups people read from letters and cards.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (problemWith(value) != null) {
            throw new IllegalArgumentException("Not a valid NHS number");
        }
    }

    /** Accepts the number with or without spaces, as typed from a letter or a card. */
    public static Parsed<NhsNumber> parse(String input) {
        String digits = input == null ? "" : input.replace(" ", "");
        String problem = problemWith(digits);
        return problem == null ? new Parsed.Valid<>(new NhsNumber(digits)) : new Parsed.Invalid<>(problem);
    }

    /** The check digit for nine digits, or 10 when no NHS number can begin with them. */
    public static int checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.digit(firstNine.charAt(i), 10) * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static String problemWith(String digits) {
        if (digits == null || digits.isEmpty()) {
            return "Enter an NHS number";
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "NHS number must only include numbers and spaces";
        }
        if (digits.length() != 10) {
            return "NHS number must be 10 digits";
        }
        if (checkDigit(digits) != Character.digit(digits.charAt(9), 10)) {
            return "Enter a valid NHS number: the check digit does not match";
        }
        return null;
    }
}

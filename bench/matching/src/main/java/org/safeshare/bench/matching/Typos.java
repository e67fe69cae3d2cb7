package org.safeshare.bench.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Keying errors: a letter substituted, dropped, doubled or two letters swapped; a digit changed. */
final class Typos {

    private static final String KEYS = "abcdefghijklmnopqrstuvwxyz";

    private Typos() {}

    static String maybe(String text, double chance, SplittableRandom random) {
        if (text.length() < 3 || random.nextDouble() >= chance) {
            return text;
        }
        int at = 1 + random.nextInt(text.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> substitute(text, at, random);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            case 2 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
            default -> text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
        };
    }

    static String substitute(String text, SplittableRandom random) {
        return substitute(text, random.nextInt(text.length()), random);
    }

    private static String substitute(String text, int at, SplittableRandom random) {
        char c = text.charAt(at);
        char replacement = Character.isDigit(c) ? (char) ('0' + random.nextInt(10))
                : Character.isUpperCase(c) ? Character.toUpperCase(KEYS.charAt(random.nextInt(26))) : KEYS.charAt(random.nextInt(26));
        return text.substring(0, at) + replacement + text.substring(at + 1);
    }

    static String maybeDigit(String digits, double chance, SplittableRandom random) {
        return digits.isEmpty() || random.nextDouble() >= chance ? digits : substitute(digits, 1 + random.nextInt(digits.length() - 1), random);
    }

    static LocalDate dateDigit(LocalDate date, SplittableRandom random) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String text = date.toString();
            int at = new int[] {2, 3, 5, 6, 8, 9}[random.nextInt(6)];
            String changed = text.substring(0, at) + random.nextInt(10) + text.substring(at + 1);
            try {
                LocalDate result = LocalDate.parse(changed);
                if (!result.equals(date)) {
                    return result;
                }
            } catch (DateTimeException e) {
                // not a real date; try another digit
            }
        }
        return date;
    }
}

package org.safeshare.bench.matching;

import java.util.SplittableRandom;

/** Valid NHS numbers (modulus 11) and UPNs (check letter), as the generator's true identifiers. */
final class Checks {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Checks() {}

    static String nhs(SplittableRandom random) {
        while (true) {
            StringBuilder digits = new StringBuilder();
            digits.append(4 + random.nextInt(6));
            for (int i = 1; i < 9; i++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            return digits.append(check == 11 ? 0 : check).toString();
        }
    }

    static String upn(SplittableRandom random) {
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            tail.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (tail.charAt(i) - '0') * (i + 2);
        }
        return LETTERS.charAt(sum % 23) + tail.toString();
    }
}

package org.safeshare.matching.domain;

/**
 * Jaro-Winkler similarity (Winkler 1990): prefix boost p = 0.1 over up to four characters, applied above
 * Jaro 0.7, as Splink's name comparison levels use it. Written here rather than taken from commons-text
 * because it runs for every candidate pair and allocates nothing for names up to 64 characters.
 */
public final class JaroWinkler {

    private JaroWinkler() {}

    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.length() > b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        double jaro = jaro(a, b);
        if (jaro <= 0.7) {
            return jaro;
        }
        int prefix = 0;
        int limit = Math.min(4, a.length());
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** Jaro similarity; {@code a} is the shorter string. */
    private static double jaro(String a, String b) {
        int window = Math.max(0, b.length() / 2 - 1);
        long usedA = 0;
        long usedB = 0;
        boolean small = b.length() <= 64;
        boolean[] bigA = small ? null : new boolean[a.length()];
        boolean[] bigB = small ? null : new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                boolean taken = small ? (usedB & (1L << j)) != 0 : bigB[j];
                if (!taken && a.charAt(i) == b.charAt(j)) {
                    if (small) {
                        usedA |= 1L << i;
                        usedB |= 1L << j;
                    } else {
                        bigA[i] = true;
                        bigB[j] = true;
                    }
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < a.length(); i++) {
            if (small ? (usedA & (1L << i)) != 0 : bigA[i]) {
                while (!(small ? (usedB & (1L << k)) != 0 : bigB[k])) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        return (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
    }
}

package org.safeshare.matching.domain;

/**
 * How two spellings of a name, an identifier, a postcode or an address differ, for {@link Comparisons}: a keying slip,
 * a shared part of a double-barrelled name, words in common allowing a mistyped word.
 */
final class Spellings {

    private Spellings() {}

    /** Jaccard similarity of two addresses' words where a word also matches one spelt nearly the same (Jaro-Winkler >= 0.9). */
    static double fuzzyOverlap(String x, String y) {
        String[] xs = x.split(" ");
        String[] ys = y.split(" ");
        boolean[] used = new boolean[ys.length];
        int matched = 0;
        for (String word : xs) {
            for (int k = 0; k < ys.length; k++) {
                if (!used[k] && (word.equals(ys[k]) || (word.length() >= 4 && ys[k].length() >= 4 && JaroWinkler.similarity(word, ys[k]) >= 0.9))) {
                    used[k] = true;
                    matched++;
                    break;
                }
            }
        }
        return matched / (double) (xs.length + ys.length - matched);
    }

    /** Same length, one character different or two neighbours swapped (a keying slip). */
    static boolean oneCharacterOrSwap(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int first = -1;
        int differing = 0;
        for (int k = 0; k < x.length(); k++) {
            if (x.charAt(k) != y.charAt(k) && differing++ == 0) {
                first = k;
            }
        }
        return differing == 1 || (differing == 2 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1)
                && x.charAt(first + 1) == y.charAt(first));
    }

    static String firstPart(String name) {
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    /** Smith and Smith-Jones, or Jones-Smith and Smith-Brown: a part in common, as when a child's surname changes. */
    static boolean sharePart(String x, String y) {
        if (x.indexOf('-') < 0 && y.indexOf('-') < 0) {
            return false;
        }
        for (String p : x.split("-")) {
            for (String q : y.split("-")) {
                if (p.length() > 1 && p.equals(q)) {
                    return true;
                }
            }
        }
        return false;
    }
}

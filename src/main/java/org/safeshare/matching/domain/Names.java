package org.safeshare.matching.domain;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;

/** Normal forms of names, postcodes and addresses, and phonetic codes for names (Double Metaphone). */
public final class Names {

    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(6);
        return metaphone;
    });

    private Names() {}

    /** Lower case letters with accents removed; spaces, hyphens and apostrophes collapse to single hyphens. */
    public static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.UK);
        StringBuilder out = new StringBuilder(plain.length());
        boolean gap = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (gap && !out.isEmpty()) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else if (c == ' ' || c == '-' || c == '\'' || c == '.' || c == ',') {
                gap = true;
            }
        }
        return out.toString();
    }

    /** The primary Double Metaphone code; the empty string for an empty name. */
    public static String metaphone(String normalName) {
        if (normalName.isEmpty()) {
            return "";
        }
        String code = METAPHONE.get().doubleMetaphone(normalName.replace("-", ""));
        return code == null ? "" : code;
    }

    /** The alternate Double Metaphone code (differs from the primary for names like Schmidt and Smith). */
    public static String alternateMetaphone(String normalName) {
        if (normalName.isEmpty()) {
            return "";
        }
        String code = METAPHONE.get().doubleMetaphone(normalName.replace("-", ""), true);
        return code == null ? "" : code;
    }

    /** A UK postcode in capitals without spaces; the inward code is always the last three characters. */
    public static String postcode(String text) {
        StringBuilder out = new StringBuilder(8);
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An address in lower case words separated by single spaces, punctuation dropped. */
    public static String address(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}

package org.safeshare.matching.domain;

/** Computes each field's comparison level for a pair of records in a store (see {@link Field}). */
final class Comparisons {

    /** First-name levels that need both names of both records: swapped whole, or one name in the other's place. */
    static final int NAMES_SWAPPED = 6;
    static final int ONE_NAME_CROSSED = 7;
    private static final int FIRST_NAMES_DIFFERENT = 8;
    private static final int SURNAMES_DIFFERENT = 5;
    private static final int IDENTIFIERS_DIFFERENT = 2;

    private final RecordStore s;

    Comparisons(RecordStore store) {
        this.s = store;
    }

    int level(Field field, int i, int j) {
        return switch (field) {
            case FIRST_NAME -> firstName(i, j);
            case SURNAME -> surname(i, j);
            case DOB -> dob(s.dob[i], s.dob[j]);
            case SEX -> s.sex[i] == 0 || s.sex[j] == 0 ? Field.MISSING : s.sex[i] == s.sex[j] ? 0 : 1;
            case HOME -> home(postcode(i, j), address(i, j));
            case NHS_NUMBER -> nhsNumber(i, j);
            case UPN -> upn(i, j);
        };
    }

    private int nhsNumber(int i, int j) {
        if ((s.nhs[i] == 0 && s.nhsUnchecked[i] < 0) || (s.nhs[j] == 0 && s.nhsUnchecked[j] < 0)) {
            return Field.MISSING;
        }
        return s.nhs[i] != 0 && s.nhs[i] == s.nhs[j] ? 0 : identifier(s.nhsText(i), s.nhsText(j));
    }

    private int upn(int i, int j) {
        if ((s.upn[i] < 0 && s.upnUnchecked[i] < 0) || (s.upn[j] < 0 && s.upnUnchecked[j] < 0)) {
            return Field.MISSING;
        }
        return identifier(s.upnText(i), s.upnText(j));
    }

    /** An identifier's levels: the same, a keying slip (one character wrong or two neighbours swapped), different. */
    static int identifier(String x, String y) {
        if (x.equals(y)) {
            return 0;
        }
        return Spellings.oneCharacterOrSwap(x, y) ? 1 : IDENTIFIERS_DIFFERENT;
    }

    private int firstName(int i, int j) {
        int level = firstNameAlike(i, j);
        if (level != FIRST_NAMES_DIFFERENT) {
            return level;
        }
        if (namesSwapped(i, j)) {
            return NAMES_SWAPPED;
        }
        return oneNameCrossed(i, j) && surnameAlike(i, j) == SURNAMES_DIFFERENT ? ONE_NAME_CROSSED : FIRST_NAMES_DIFFERENT;
    }

    /** The first-name levels that compare first name with first name (or middle name); different otherwise. */
    private int firstNameAlike(int i, int j) {
        int a = s.first[i];
        int b = s.first[j];
        if (a < 0 || b < 0 || oneNameIsSurname(i, j) || oneNameIsSurname(j, i)) {
            return Field.MISSING; // a lone name read as a surname is counted once, on the surname
        }
        if (a == b) {
            return 0;
        }
        NameVocabulary names = s.firstNames;
        String x = names.value(a);
        String y = names.value(b);
        if (names.canonical(a).equals(names.canonical(b)) || a == s.middle[j] || b == s.middle[i]
                || Spellings.firstPart(x).equals(Spellings.firstPart(y))) {
            return 1;
        }
        double similarity = JaroWinkler.similarity(x, y);
        if (similarity >= 0.92) {
            return 2;
        }
        if (names.soundAlike(a, b)) {
            return 3;
        }
        if (similarity >= 0.80) {
            return 4;
        }
        if ((x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) {
            return 5;
        }
        return FIRST_NAMES_DIFFERENT;
    }

    /** First name and surname entered the wrong way round on one record (Splink's "columns reversed" level). */
    boolean namesSwapped(int i, int j) {
        if (s.surname[i] < 0 || s.surname[j] < 0) {
            return false;
        }
        return alike(s.firstNames.value(s.first[i]), s.surnames.value(s.surname[j]))
                && alike(s.surnames.value(s.surname[i]), s.firstNames.value(s.first[j]));
    }

    /**
     * One record's first name is the other's surname (or the reverse) and the other two names differ: "Wei Zhang" and
     * "Zhang David", family name first and a different given name at another agency. Counted once, on the first name.
     */
    private boolean oneNameCrossed(int i, int j) {
        if (s.first[i] < 0 || s.first[j] < 0 || s.surname[i] < 0 || s.surname[j] < 0) {
            return false;
        }
        return alike(s.firstNames.value(s.first[i]), s.surnames.value(s.surname[j]))
                || alike(s.surnames.value(s.surname[i]), s.firstNames.value(s.first[j]));
    }

    private static boolean alike(String a, String b) {
        return a.equals(b) || JaroWinkler.similarity(a, b) >= 0.85;
    }

    private int surname(int i, int j) {
        int a = s.surname[i];
        int b = s.surname[j];
        if (a < 0 || b < 0) {
            if (oneNameIsSurname(i, j)) {
                return loneNameAsSurname(s.first[i], b);
            }
            return oneNameIsSurname(j, i) ? loneNameAsSurname(s.first[j], a) : Field.MISSING;
        }
        if (a != b && s.first[i] >= 0 && s.first[j] >= 0 && namesSwapped(i, j)) {
            return Field.MISSING; // swapped names are counted once, on the first name
        }
        int level = surnameAlike(i, j);
        return level == SURNAMES_DIFFERENT && oneNameCrossed(i, j) && firstNameAlike(i, j) == FIRST_NAMES_DIFFERENT ? Field.MISSING : level;
    }

    /** Both records hold a surname: the levels comparing surname with surname. */
    private int surnameAlike(int i, int j) {
        int a = s.surname[i];
        int b = s.surname[j];
        if (a == b) {
            return 0;
        }
        NameVocabulary names = s.surnames;
        String x = names.value(a);
        String y = names.value(b);
        return surnameLevel(x, y, JaroWinkler.similarity(x, y), () -> names.soundAlike(a, b));
    }

    private static int surnameLevel(String x, String y, double similarity, java.util.function.BooleanSupplier soundAlike) {
        if (x.equals(y)) {
            return 0;
        }
        if (Spellings.sharePart(x, y)) {
            return 1;
        }
        if (similarity >= 0.92) {
            return 2;
        }
        if (soundAlike.getAsBoolean()) {
            return 3;
        }
        return similarity >= 0.80 ? 4 : 5;
    }

    /**
     * Record i holds a single name (no surname, no middle name) that reads as j's surname rather than j's first name:
     * "Locke" beside "Anne Locke". Which of a lone name's two meanings the agency meant is not known (PDS fuzzy search
     * also tries names transposed); the closer reading is taken.
     */
    boolean oneNameIsSurname(int i, int j) {
        if (s.first[i] < 0 || s.surname[i] >= 0 || s.middle[i] >= 0 || s.surname[j] < 0) {
            return false;
        }
        String name = s.firstNames.value(s.first[i]);
        double asSurname = JaroWinkler.similarity(name, s.surnames.value(s.surname[j]));
        double asFirst = s.first[j] < 0 ? 0 : JaroWinkler.similarity(name, s.firstNames.value(s.first[j]));
        return asSurname >= 0.80 && asSurname > asFirst;
    }

    private int loneNameAsSurname(int lone, int surname) {
        String x = s.firstNames.value(lone);
        String y = s.surnames.value(surname);
        return surnameLevel(x, y, JaroWinkler.similarity(x, y), () -> soundAlike(s.firstNames, lone, s.surnames, surname));
    }

    private static boolean soundAlike(NameVocabulary v, int a, NameVocabulary w, int b) {
        String pa = v.metaphone(a);
        String pb = w.metaphone(b);
        return !pa.isEmpty() && (pa.equals(pb) || pa.equals(w.alternateMetaphone(b)) || v.alternateMetaphone(a).equals(pb));
    }

    /** Dates as yyyymmdd numbers, 0 when unknown. */
    static int dob(int a, int b) {
        if (a == 0 || b == 0) {
            return Field.MISSING;
        }
        if (a == b) {
            return 0;
        }
        int ya = a / 10000;
        int ma = a / 100 % 100;
        int da = a % 100;
        int yb = b / 10000;
        int mb = b / 100 % 100;
        int db = b % 100;
        if (ya == yb && ma == db && da == mb) {
            return 1;
        }
        if (oneDigitOrSwap(a, b)) {
            return 2;
        }
        return Math.abs(days(ya, ma, da) - days(yb, mb, db)) <= 366 ? 3 : 4;
    }

    /** Days since 0000-03-01 in the proleptic Gregorian calendar (Hinnant's days_from_civil), without allocating. */
    static long days(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097L + dayOfEra;
    }

    private static boolean oneDigitOrSwap(int a, int b) {
        int differing = 0;
        int first = -1;
        int[] da = new int[8];
        int[] db = new int[8];
        for (int k = 7; k >= 0; k--) {
            da[k] = a % 10;
            db[k] = b % 10;
            a /= 10;
            b /= 10;
        }
        for (int k = 0; k < 8; k++) {
            if (da[k] != db[k]) {
                if (differing++ == 0) {
                    first = k;
                }
            }
        }
        return differing == 1 || (differing == 2 && first < 7 && da[first] == db[first + 1] && da[first + 1] == db[first]);
    }

    /** Postcode levels 0 same, 1 sector, 2 district, 3 mistyped, 4 different; address 0 same, 1 similar, 2 different. */
    static int home(int postcode, int address) {
        if (postcode == Field.MISSING && address == Field.MISSING) {
            return Field.MISSING;
        }
        if (postcode == 0) {
            return address == 0 || address == 1 ? 0 : 1;
        }
        if (address == 0 || address == 1) {
            return 2;
        }
        if (postcode == 1 || postcode == 3) {
            return 3;
        }
        return postcode == 2 ? 4 : 5;
    }

    private int postcode(int i, int j) {
        int a = s.postcode[i];
        int b = s.postcode[j];
        if (a < 0 || b < 0) {
            return Field.MISSING;
        }
        if (a == b) {
            return 0;
        }
        String x = s.postcodes.value(a);
        String y = s.postcodes.value(b);
        if (x.length() >= 5 && y.length() >= 5 && x.regionMatches(0, y, 0, x.length() - 3) && x.length() == y.length()) {
            return x.charAt(x.length() - 3) == y.charAt(y.length() - 3) ? 1 : 2;
        }
        return Spellings.oneCharacterOrSwap(x, y) ? 3 : 4;
    }

    private int address(int i, int j) {
        int a = s.address[i];
        int b = s.address[j];
        if (a < 0 || b < 0) {
            return Field.MISSING;
        }
        if (a == b) {
            return 0;
        }
        double overlap = s.addresses.overlap(a, b);
        if (overlap >= 0.5) {
            return 1;
        }
        if (overlap < 0.2) {
            return 2; // the fuzzy comparisons below are only worth their cost when some words are shared
        }
        String x = s.addresses.value(a);
        String y = s.addresses.value(b);
        // Word by word, a mistyped word ("pcrescent", "shooping") still counts; on the whole address, split or run-together
        // words ("oa kp ark") do.
        return Spellings.fuzzyOverlap(x, y) >= 0.5 || JaroWinkler.similarity(x, y) >= 0.9 ? 1 : 2;
    }
}

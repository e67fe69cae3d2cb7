package org.safeshare.matching.domain;

/**
 * The blocking keys that bring candidate pairs together, several so that one wrong field does not hide a
 * child (Christen 2012; Splink's unioned blocking rules). Each key is a 64-bit hash, 0 when the record
 * lacks a part of it. A date "tolerant of swaps" orders day and month, so 03/04 and 04/03 block together.
 */
public enum BlockingKeys {
    NHS_NUMBER, UPN, DOB_AND_FIRST_NAME, DOB_AND_SURNAME, NAMES_AND_BIRTH_YEAR, POSTCODE, DOB, NAMES, SURNAME_AND_HOUSE_NUMBER,
    /** An NHS number (or else a UPN) that fails its check: the same mistyped digits on two records are worth scoring. */
    UNCHECKED_IDENTIFIER;

    static final BlockingKeys[] ALL = values();

    long key(RecordStore s, int i) {
        int dob = s.dob[i];
        int first = s.first[i];
        int surname = s.surname[i];
        return switch (this) {
            case NHS_NUMBER -> s.nhs[i] == 0 ? 0 : mix(1, s.nhs[i]);
            case UPN -> s.upn[i] < 0 ? 0 : mix(2, s.upns.value(s.upn[i]).hashCode());
            case DOB_AND_FIRST_NAME -> dob == 0 || first < 0 ? 0 : mix(3, swapTolerant(dob), s.firstNames.canonicalMetaphone(first).hashCode());
            case DOB_AND_SURNAME -> dob == 0 || (surname < 0 && !loneName(s, i)) ? 0 : mix(4, swapTolerant(dob), surnameCode(s, i));
            case NAMES_AND_BIRTH_YEAR -> dob == 0 || first < 0 || surname < 0 ? 0
                    : mix(5, dob / 10000, s.surnames.metaphone(surname).hashCode() * 31L + s.firstNames.canonicalMetaphone(first).hashCode());
            case POSTCODE -> s.postcode[i] < 0 ? 0 : mix(6, s.postcodes.value(s.postcode[i]).hashCode());
            // The last two make large blocks in a big index, which are then left out (see ModelTraining.LARGEST_BLOCK):
            // they find the pairs the others miss (no date of birth, or a new surname and a new address) in smaller sets.
            case DOB -> dob == 0 ? 0 : mix(7, dob);
            case NAMES -> first < 0 || surname < 0 ? 0
                    : mix(8, s.surnames.metaphone(surname).hashCode(), s.firstNames.canonicalMetaphone(first).hashCode());
            // The household's own small block: finds a record whose date of birth is missing or wrong and whose postcode
            // is mistyped, with a first name changed (Emma and Emmk Louca at 92 Cherry Place).
            case SURNAME_AND_HOUSE_NUMBER -> {
                String house = s.address[i] < 0 ? "" : houseNumber(s.addresses.value(s.address[i]));
                yield house.isEmpty() || (surname < 0 && !loneName(s, i)) ? 0 : mix(9, surnameCode(s, i), house.hashCode());
            }
            // Last, so the stored index's kinds (ordinal + 1) of the keys before it do not move. People's own records hold
            // only valid identifiers; agency files (and FEBRL's soc_sec_id) bring the others.
            case UNCHECKED_IDENTIFIER -> s.nhsUnchecked[i] >= 0 ? mix(10, s.unchecked.value(s.nhsUnchecked[i]).hashCode())
                    : s.upnUnchecked[i] >= 0 ? mix(11, s.unchecked.value(s.upnUnchecked[i]).hashCode()) : 0;
        };
    }

    /** The first word of a normalised address that starts with a digit ("12a"), or "" when there is none. */
    static String houseNumber(String address) {
        int start = 0;
        while (start < address.length()) {
            int end = address.indexOf(' ', start);
            end = end < 0 ? address.length() : end;
            if (Character.isDigit(address.charAt(start))) {
                return address.substring(start, end);
            }
            start = end + 1;
        }
        return "";
    }

    /** A single name with no surname or middle name: it may be the surname ("Locke" for Anne Locke), so it keys as one too. */
    private static boolean loneName(RecordStore s, int i) {
        return s.first[i] >= 0 && s.surname[i] < 0 && s.middle[i] < 0;
    }

    private static int surnameCode(RecordStore s, int i) {
        return s.surname[i] >= 0 ? s.surnames.metaphone(s.surname[i]).hashCode() : s.firstNames.metaphone(s.first[i]).hashCode();
    }

    private static int swapTolerant(int dob) {
        int month = dob / 100 % 100;
        int day = dob % 100;
        return dob / 10000 * 10000 + Math.min(month, day) * 100 + Math.max(month, day);
    }

    static long mix(long kind, long a) {
        return nonZero(splitMix(kind * 0x9E3779B97F4A7C15L ^ splitMix(a)));
    }

    private static long mix(long kind, long a, long b) {
        return nonZero(splitMix(kind * 0x9E3779B97F4A7C15L ^ splitMix(a) * 31 ^ splitMix(b + 0x632BE59BD9B4E019L)));
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

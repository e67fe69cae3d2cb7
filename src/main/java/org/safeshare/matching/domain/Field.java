package org.safeshare.matching.domain;

import java.util.List;

/**
 * The fields compared between two records and their comparison levels, most alike first. The level names
 * are what a practitioner reads as the reason for a link, beside the weight each level carried.
 */
public enum Field {
    FIRST_NAME("first name", List.of("the same", "a short form, or the other's middle name", "spelt nearly the same",
            "sounds the same", "spelt similarly", "initial only matches", "swapped with the surname",
            "one name in the other's place, the other different", "different")),
    SURNAME("surname", List.of("the same", "shares a part (double-barrelled or changed)", "spelt nearly the same", "sounds the same",
            "spelt similarly", "different")),
    DOB("date of birth", List.of("the same", "day and month swapped", "one digit wrong or two digits swapped", "within a year",
            "different")),
    SEX("sex", List.of("the same", "different")),
    /**
     * Postcode and address as one field: both say where the child lives, and counted separately they would count a
     * shared household twice (which is what makes twins look like one child).
     */
    HOME("home", List.of("same postcode and address", "same postcode", "same or similar address", "same postcode sector, or postcode mistyped",
            "same postcode district", "different")),
    /**
     * An NHS number that is not a deterministic link (it fails the modulus 11 check on one record or both, or one record
     * holds a valid number and the other a mistyped one) is still evidence: the same digits, or one digit keyed wrong,
     * say "same child" as strongly as a rare name does. A valid number held by both still decides alone (see Scorer).
     */
    NHS_NUMBER("NHS number", List.of("the same, but failing its check digit", "one digit wrong or two neighbouring digits swapped",
            "different")),
    /** A unique pupil number compared the same way, when its check letter does not let it decide alone. */
    UPN("unique pupil number", List.of("the same, but failing its check letter", "one character wrong or two neighbouring characters swapped",
            "different"));

    /** The level that means "this field says nothing": one or both records lack it. */
    public static final int MISSING = -1;

    private final String label;
    private final List<String> levels;

    Field(String label, List<String> levels) {
        this.label = label;
        this.levels = levels;
    }

    public String label() {
        return label;
    }

    public int levelCount() {
        return levels.size();
    }

    public String level(int level) {
        return level == MISSING ? "not known on both records" : levels.get(level);
    }
}

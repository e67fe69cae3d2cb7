package org.safeshare.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    @Test
    void datesOfBirthTolerateSwappedDayAndMonthAndTransposedDigits() {
        assertThat(Comparisons.dob(20150403, 20150403)).isZero();
        assertThat(Comparisons.dob(20150403, 20150304)).isEqualTo(1);
        assertThat(Comparisons.dob(20150412, 20150421)).isEqualTo(2);
        assertThat(Comparisons.dob(20150413, 20150513)).isEqualTo(2);
        assertThat(Comparisons.dob(20150413, 20151201)).isEqualTo(3);
        assertThat(Comparisons.dob(20150413, 20090101)).isEqualTo(4);
        assertThat(Comparisons.dob(0, 20090101)).isEqualTo(Field.MISSING);
    }

    @Test
    void dayCountsAgreeWithJavaTime() {
        for (LocalDate d = LocalDate.of(1899, 12, 25); d.isBefore(LocalDate.of(1901, 3, 5)); d = d.plusDays(1)) {
            assertThat(Comparisons.days(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) - Comparisons.days(1900, 1, 1))
                    .isEqualTo(d.toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay());
        }
    }

    @Test
    void namesAgreeByShortFormMiddleNameDoubleBarrelAndSwap() {
        RecordStore store = new RecordStore();
        int bill = store.add(record("William", "James", "Smith-Jones", "LS1 1AB"), true);
        int will = store.add(record("Bill", "", "Smith", "LS1 1AZ"), true);
        int james = store.add(record("James", "", "Jones", "LS1 2AB"), true);
        int swapped = store.add(record("Smith-Jones", "", "William", "LS12 1AB"), true);
        Comparisons comparisons = new Comparisons(store);
        assertThat(comparisons.level(Field.FIRST_NAME, bill, will)).isEqualTo(1);
        assertThat(comparisons.level(Field.SURNAME, bill, will)).isEqualTo(1);
        assertThat(comparisons.level(Field.FIRST_NAME, bill, james)).isEqualTo(1);
        assertThat(comparisons.level(Field.FIRST_NAME, bill, swapped)).isEqualTo(Comparisons.NAMES_SWAPPED);
        assertThat(comparisons.level(Field.SURNAME, bill, swapped)).isEqualTo(Field.MISSING);
        assertThat(comparisons.level(Field.HOME, bill, will)).isEqualTo(3); // same sector, address different
        assertThat(comparisons.level(Field.HOME, bill, james)).isEqualTo(4); // same district
        assertThat(comparisons.level(Field.HOME, bill, swapped)).isEqualTo(5);
    }

    @Test
    void oneNameInTheOtherPlaceWithTheOtherNameDifferentIsItsOwnLevelCountedOnce() {
        RecordStore store = new RecordStore();
        int wei = store.add(record("Wei", "", "Zhang", "LS1 1AB"), true);
        int david = store.add(record("Zhang", "", "David", "LS1 1AB"), true); // family name first, an English given name
        int harrison = store.add(record("Harrison", "", "Schumann", "LS1 1AB"), true);
        int alexandra = store.add(record("Schuman", "", "Alexandra", "LS1 1AB"), true);
        int other = store.add(record("Amelia", "", "Jones", "LS1 1AB"), true);
        Comparisons comparisons = new Comparisons(store);
        assertThat(comparisons.level(Field.FIRST_NAME, wei, david)).isEqualTo(Comparisons.ONE_NAME_CROSSED);
        assertThat(comparisons.level(Field.FIRST_NAME, david, wei)).isEqualTo(Comparisons.ONE_NAME_CROSSED);
        assertThat(comparisons.level(Field.SURNAME, wei, david)).isEqualTo(Field.MISSING);
        assertThat(comparisons.level(Field.FIRST_NAME, harrison, alexandra)).isEqualTo(Comparisons.ONE_NAME_CROSSED); // spelt nearly the same
        assertThat(comparisons.level(Field.SURNAME, harrison, alexandra)).isEqualTo(Field.MISSING);
        assertThat(comparisons.level(Field.FIRST_NAME, wei, other)).isEqualTo(Field.FIRST_NAME.levelCount() - 1);
        assertThat(comparisons.level(Field.SURNAME, wei, other)).isEqualTo(Field.SURNAME.levelCount() - 1);
    }

    @Test
    void anAddressWithMistypedWordsIsSimilar() {
        RecordStore store = new RecordStore();
        int one = store.add(new AgencyRecord("a", "school", "", "", "Caitlin", "", "Weller", null, "", "LS4 1AB",
                "39 Fullerton Crescent, Villa 5, Railton"), true);
        int other = store.add(new AgencyRecord("b", "police", "", "", "Caitlin", "", "Weller", null, "", "LS4 1AB",
                "1 Fullerton Pcrescent, Villa 5, Rowville"), true);
        int elsewhere = store.add(new AgencyRecord("c", "police", "", "", "Caitlin", "", "Weller", null, "", "LS4 1AB",
                "1 Fullerton Road, Flat 2, Rowville"), true);
        Comparisons comparisons = new Comparisons(store);
        assertThat(comparisons.level(Field.HOME, one, other)).isZero(); // same postcode, similar address (was: same postcode)
        assertThat(comparisons.level(Field.HOME, one, elsewhere)).isEqualTo(1);
        assertThat(Spellings.fuzzyOverlap("39 fullerton crescent villa 5 railton", "1 fullerton pcrescent villa 5 rowville")).isEqualTo(0.5);
    }

    @Test
    void aLoneNameIsReadAsTheSurnameWhenItIsCloserToIt() {
        RecordStore store = new RecordStore();
        int anne = store.add(record("Anne", "", "Locke", "CM15 0NP"), true);
        int locke = store.add(record("Locke", "", "", ""), true);
        int lock = store.add(record("Lock", "", "", ""), true);
        int anneAlone = store.add(record("Anne", "", "", ""), true);
        Comparisons comparisons = new Comparisons(store);
        assertThat(comparisons.level(Field.SURNAME, anne, locke)).isZero();
        assertThat(comparisons.level(Field.FIRST_NAME, anne, locke)).isEqualTo(Field.MISSING);
        assertThat(comparisons.level(Field.SURNAME, lock, anne)).isEqualTo(2); // spelt nearly the same
        assertThat(comparisons.level(Field.FIRST_NAME, anne, anneAlone)).isZero(); // closer to the first name: read as one
        assertThat(comparisons.level(Field.SURNAME, anne, anneAlone)).isEqualTo(Field.MISSING);
        Scorer scorer = new Scorer(store, PartnershipModel.forRecords(4), Thresholds.DEFAULT);
        assertThat(scorer.explain(anne, locke).fields().get(Field.SURNAME.ordinal()).weight())
                .isEqualTo(scorer.explain(locke, anne).fields().get(Field.SURNAME.ordinal()).weight()); // the frequency of the surname held
    }

    @Test
    void aLoneNameBlocksWithTheSurnamesItMayBe() {
        RecordStore store = new RecordStore();
        int anne = store.add(record("Anne", "", "Locke", "CM15 0NP"), true);
        int locke = store.add(record("Locke", "", "", ""), true);
        int twoNames = store.add(record("Locke", "Mary", "", ""), true);
        assertThat(BlockingKeys.DOB_AND_SURNAME.key(store, locke)).isEqualTo(BlockingKeys.DOB_AND_SURNAME.key(store, anne));
        assertThat(BlockingKeys.DOB_AND_SURNAME.key(store, twoNames)).isZero();
    }

    @Test
    void aSurnameAndHouseNumberBlockTogetherWhateverTheDateOfBirthAndPostcode() {
        RecordStore store = new RecordStore();
        int emma = store.add(new AgencyRecord("a", "school", "", "", "Emma", "", "Louca", LocalDate.of(2015, 3, 8), "", "LS3 3AB",
                "92 Pinecroft, Cherry Place"), true);
        int emmk = store.add(new AgencyRecord("b", "police", "", "", "Emmk", "", "Louca", null, "", "LS3 3BA", "92 Cherry Place"), true);
        int nextDoor = store.add(new AgencyRecord("c", "police", "", "", "Emma", "", "Louca", null, "", "LS3 3AB", "94 Cherry Place"), true);
        int noNumber = store.add(new AgencyRecord("d", "police", "", "", "Emma", "", "Louca", null, "", "LS3 3AB", "Rose Cottage"), true);
        BlockingKeys key = BlockingKeys.SURNAME_AND_HOUSE_NUMBER;
        assertThat(key.key(store, emma)).isNotZero().isEqualTo(key.key(store, emmk));
        assertThat(key.key(store, nextDoor)).isNotEqualTo(key.key(store, emma));
        assertThat(key.key(store, noNumber)).isZero();
    }

    /**
     * 9434765919 is a valid NHS number; 9434765991 (last two digits swapped) and 9434765918 (last digit wrong) fail the
     * modulus 11 check, as does FEBRL's seven-digit soc_sec_id. Such a number was no evidence at all; it is now compared.
     */
    @Test
    void anIdentifierFailingItsCheckIsComparedAsEvidenceAtItsOwnLevels() {
        RecordStore store = new RecordStore();
        int valid = store.add(withIds("a", "9434765919", ""), true);
        int transposed = store.add(withIds("b", "9434765991", ""), true);
        int oneDigit = store.add(withIds("c", "943 476 5918", ""), true);
        int otherValid = store.add(withIds("d", "9876543210", ""), true);
        int febrl = store.add(withIds("e", "1804974", ""), true);
        int febrlAgain = store.add(withIds("f", "1804974", ""), true);
        int febrlSwapped = store.add(withIds("g", "1840974", ""), true);
        int febrlOther = store.add(withIds("h", "6089216", ""), true);
        int none = store.add(withIds("i", "", ""), true);
        Comparisons comparisons = new Comparisons(store);
        Field nhs = Field.NHS_NUMBER;
        assertThat(comparisons.level(nhs, valid, transposed)).isEqualTo(1);
        assertThat(comparisons.level(nhs, transposed, valid)).isEqualTo(1);
        assertThat(comparisons.level(nhs, valid, oneDigit)).isEqualTo(1);
        assertThat(comparisons.level(nhs, transposed, oneDigit)).isEqualTo(2); // two slips apart
        assertThat(comparisons.level(nhs, valid, otherValid)).isEqualTo(2);
        assertThat(comparisons.level(nhs, febrl, febrlAgain)).isZero();
        assertThat(comparisons.level(nhs, febrl, febrlSwapped)).isEqualTo(1);
        assertThat(comparisons.level(nhs, febrl, febrlOther)).isEqualTo(2);
        assertThat(comparisons.level(nhs, febrl, none)).isEqualTo(Field.MISSING);
        assertThat(nhs.level(0)).isEqualTo("the same, but failing its check digit");
    }

    @Test
    void aUpnFailingItsCheckLetterIsComparedAsEvidenceToo() {
        String twelve = "801200001001";
        String validUpn = org.safeshare.people.domain.UniquePupilNumber.checkLetter(twelve) + twelve;
        String mistyped = validUpn.substring(0, 5) + (validUpn.charAt(5) == '9' ? '8' : '9') + validUpn.substring(6);
        RecordStore store = new RecordStore();
        int valid = store.add(withIds("a", "", validUpn), true);
        int slip = store.add(withIds("b", "", mistyped.toLowerCase()), true);
        int slipAgain = store.add(withIds("c", "", mistyped), true);
        int none = store.add(withIds("d", "", ""), true);
        Comparisons comparisons = new Comparisons(store);
        assertThat(Identifiers.upn(mistyped)).isEmpty(); // never a deterministic link
        assertThat(comparisons.level(Field.UPN, valid, slip)).isEqualTo(1);
        assertThat(comparisons.level(Field.UPN, slip, slipAgain)).isZero();
        assertThat(comparisons.level(Field.UPN, valid, none)).isEqualTo(Field.MISSING);
    }

    @Test
    void theSameIdentifierFailingItsCheckBlocksTogetherAndAValidOneHasNoSuchKey() {
        RecordStore store = new RecordStore();
        int febrl = store.add(withIds("a", "1804974", ""), true);
        int febrlAgain = store.add(withIds("b", "180 4974", ""), true);
        int febrlOther = store.add(withIds("c", "6089216", ""), true);
        int valid = store.add(withIds("d", "9434765919", ""), true);
        BlockingKeys key = BlockingKeys.UNCHECKED_IDENTIFIER;
        assertThat(key.key(store, febrl)).isNotZero().isEqualTo(key.key(store, febrlAgain)).isNotEqualTo(key.key(store, febrlOther));
        assertThat(key.key(store, valid)).isZero(); // a valid number keys as NHS_NUMBER, as before
        assertThat(IndexEntries.of(java.util.List.of(withIds("d", "9434765919", ""))))
                .noneMatch(e -> e.kind() == BlockingKeys.UNCHECKED_IDENTIFIER.ordinal() + 1);
    }

    private static AgencyRecord withIds(String recId, String nhs, String upn) {
        return new AgencyRecord(recId, "school", nhs, upn, "Amelia", "", "Jones", LocalDate.of(2015, 4, 3), "", "LS1 1AB", "1 high street");
    }

    private static AgencyRecord record(String first, String middle, String surname, String postcode) {
        return new AgencyRecord(first + surname, "school", "", "", first, middle, surname, LocalDate.of(2015, 4, 3), "", postcode,
                first + " house");
    }
}

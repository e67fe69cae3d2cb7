package org.safeshare.matching.domain;

import java.util.Arrays;
import java.util.Locale;

/**
 * Agency records held column by column, names as vocabulary ids, dates as yyyymmdd numbers. Records added
 * as {@code indexed} count towards term frequencies; query records are kept beside them but never counted.
 * Not thread-safe for adding; safe for concurrent reading once adding has stopped.
 */
public final class RecordStore {

    static final int MISSING = -1;

    final NameVocabulary firstNames = new NameVocabulary();
    final NameVocabulary surnames = new NameVocabulary();
    final Vocabulary postcodes = new Vocabulary.Plain();
    final AddressVocabulary addresses = new AddressVocabulary();
    final Vocabulary upns = new Vocabulary.Plain();
    /** NHS numbers and UPNs that fail their check: few in a national index, so held as text only for those. */
    final Vocabulary unchecked = new Vocabulary.Plain();
    private final Vocabulary agencies = new Vocabulary.Plain();

    private String[] recIds = new String[1024];
    int[] agency = new int[1024];
    long[] nhs = new long[1024];
    int[] upn = new int[1024];
    int[] nhsUnchecked = new int[1024];
    int[] upnUnchecked = new int[1024];
    int[] first = new int[1024];
    int[] middle = new int[1024];
    int[] surname = new int[1024];
    int[] postcode = new int[1024];
    int[] address = new int[1024];
    int[] dob = new int[1024];
    byte[] sex = new byte[1024];
    private int size;

    /** Adds a record and answers its position. */
    public int add(AgencyRecord record, boolean indexed) {
        if (size == recIds.length) {
            grow();
        }
        int i = size++;
        recIds[i] = record.recId();
        agency[i] = agencies.add(record.agency(), false);
        nhs[i] = Identifiers.nhsNumber(record.nhsNumber());
        upn[i] = upns.add(Identifiers.upn(record.upn()), false);
        nhsUnchecked[i] = unchecked.add(Identifiers.uncheckedNhsNumber(record.nhsNumber()), false);
        upnUnchecked[i] = unchecked.add(Identifiers.uncheckedUpn(record.upn()), false);
        String firstName = Names.normalise(record.firstName());
        String middleName = Names.normalise(record.middleName());
        first[i] = firstNames.add(firstName, indexed);
        middle[i] = firstNames.add(middleName, false);
        surname[i] = surnames.add(Names.normalise(record.surname()), indexed);
        postcode[i] = postcodes.add(Names.postcode(record.postcode()), indexed);
        address[i] = addresses.add(Names.address(record.address()), indexed);
        dob[i] = record.dob() == null ? 0 : record.dob().getYear() * 10000 + record.dob().getMonthValue() * 100 + record.dob().getDayOfMonth();
        sex[i] = sex(record.sex());
        return i;
    }

    public int size() {
        return size;
    }

    public String recId(int i) {
        return recIds[i];
    }

    public String agency(int i) {
        return agency[i] < 0 ? "" : agencies.value(agency[i]);
    }

    String firstName(int i) {
        return first[i] < 0 ? "" : firstNames.value(first[i]);
    }

    String surname(int i) {
        return surname[i] < 0 ? "" : surnames.value(surname[i]);
    }

    /** The NHS number's text, checked or not; "" when the record has none. */
    String nhsText(int i) {
        return nhs[i] != 0 ? Identifiers.nhsText(nhs[i]) : nhsUnchecked[i] < 0 ? "" : unchecked.value(nhsUnchecked[i]);
    }

    /** The UPN's text, checked or not; "" when the record has none. */
    String upnText(int i) {
        return upn[i] >= 0 ? upns.value(upn[i]) : upnUnchecked[i] < 0 ? "" : unchecked.value(upnUnchecked[i]);
    }

    String postcode(int i) {
        return postcode[i] < 0 ? "" : postcodes.value(postcode[i]);
    }

    /** Term frequencies as the partnership's index holds them (see {@link Population}). */
    void assume(Population population) {
        population.holding().forEach((term, count) -> (term.field() == Field.FIRST_NAME ? firstNames : surnames)
                .assume(term.name(), count, population.records()));
    }

    /** Forgets query records added after the first {@code keep}, so a long run of queries does not grow the store. */
    public void truncate(int keep) {
        for (int i = keep; i < size; i++) {
            recIds[i] = null;
        }
        size = Math.min(size, keep);
    }

    private static byte sex(String text) {
        return switch (text.toLowerCase(Locale.UK)) {
            case "m", "male", "1", "boy" -> 1;
            case "f", "female", "2", "girl" -> 2;
            default -> 0; // unknown or not stated is no evidence either way
        };
    }

    private void grow() {
        int n = recIds.length * 2;
        recIds = Arrays.copyOf(recIds, n);
        agency = Arrays.copyOf(agency, n);
        nhs = Arrays.copyOf(nhs, n);
        upn = Arrays.copyOf(upn, n);
        nhsUnchecked = Arrays.copyOf(nhsUnchecked, n);
        upnUnchecked = Arrays.copyOf(upnUnchecked, n);
        first = Arrays.copyOf(first, n);
        middle = Arrays.copyOf(middle, n);
        surname = Arrays.copyOf(surname, n);
        postcode = Arrays.copyOf(postcode, n);
        address = Arrays.copyOf(address, n);
        dob = Arrays.copyOf(dob, n);
        sex = Arrays.copyOf(sex, n);
    }
}

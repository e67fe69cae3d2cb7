package org.safeshare.matching.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A small, seeded population of children known to several agencies, with the truth as rec_id prefix "c{child}-". */
final class ChildRecords {

    private static final String[] FIRST = {"oliver", "amelia", "noah", "isla", "harry", "ava", "jack", "freya", "leo", "lily", "oscar",
        "grace", "alfie", "evie", "arthur", "mia", "william", "poppy", "thomas", "daisy", "george", "ruby", "samuel", "rosie"};
    private static final String[] SURNAME = {"smith", "jones", "taylor", "brown", "williams", "wilson", "johnson", "davies", "patel", "wright",
        "walker", "robinson", "thompson", "white", "hughes", "edwards", "green", "hall", "wood", "harris", "lewis", "martin", "jackson",
        "clarke", "nowak", "okafor", "mensah", "przybylski", "ahmed", "begum", "kowalski", "fairweather", "ashworth", "pemberton"};

    private ChildRecords() {}

    static List<AgencyRecord> population(int children, long seed) {
        Random random = new Random(seed);
        List<AgencyRecord> records = new ArrayList<>();
        for (int c = 0; c < children; c++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String surname = SURNAME[random.nextInt(SURNAME.length)] + (random.nextInt(3) == 0 ? SURNAME[random.nextInt(SURNAME.length)] : "");
            LocalDate dob = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000));
            String postcode = "LS" + (1 + random.nextInt(20)) + " " + random.nextInt(10) + "AB";
            for (int r = 0; r < 3; r++) {
                String f = random.nextInt(8) == 0 ? typo(first, random) : first;
                String s = random.nextInt(8) == 0 ? typo(surname, random) : surname;
                LocalDate d = random.nextInt(10) == 0 && dob.getDayOfMonth() <= 12 ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : dob;
                records.add(new AgencyRecord("c" + c + "-" + r, "agency" + r, "", "", f, "", s, d, c % 2 == 0 ? "F" : "M", postcode,
                        (1 + c % 90) + " high street"));
            }
        }
        return records;
    }

    /**
     * The same records, each child with a seven-digit identifier in the NHS number column that fails the modulus 11 check
     * (as FEBRL's soc_sec_id does), one record in ten with a digit keyed wrong.
     */
    static List<AgencyRecord> withUncheckedIdentifiers(List<AgencyRecord> records, long seed) {
        return withUncheckedIdentifiers(records, seed, false);
    }

    /** As above; with {@code replaceFirstNames}, one record in ten also has its first name replaced, as FEBRL's duplicates do. */
    static List<AgencyRecord> withUncheckedIdentifiers(List<AgencyRecord> records, long seed, boolean replaceFirstNames) {
        Random random = new Random(seed);
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        List<AgencyRecord> out = new ArrayList<>();
        for (AgencyRecord r : records) {
            String id = ids.computeIfAbsent(child(r.recId()), c -> String.valueOf(1_000_000 + random.nextInt(9_000_000)));
            if (random.nextInt(10) == 0) {
                int at = 1 + random.nextInt(6);
                id = id.substring(0, at) + (char) ('0' + (id.charAt(at) - '0' + 1) % 10) + id.substring(at + 1);
            }
            String first = replaceFirstNames && random.nextInt(10) == 0 ? FIRST[random.nextInt(FIRST.length)] : r.firstName();
            out.add(new AgencyRecord(r.recId(), r.agency(), id, r.upn(), first, r.middleName(), r.surname(), r.dob(), r.sex(),
                    r.postcode(), r.address()));
        }
        return out;
    }

    private static String typo(String name, Random random) {
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }

    static String child(String recId) {
        return recId.substring(0, recId.indexOf('-'));
    }
}

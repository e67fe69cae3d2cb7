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

    private static String typo(String name, Random random) {
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }

    static String child(String recId) {
        return recId.substring(0, recId.indexOf('-'));
    }
}

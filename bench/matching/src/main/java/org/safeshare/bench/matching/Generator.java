package org.safeshare.bench.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Agency records of children with ground truth (cluster_id = the child), in the matching CLI's CSV format.
 * Families share a surname and address (siblings and twins are the hard negatives); each child is known to
 * one to six agencies, and each record may carry a nickname, a typo, a changed or double-barrelled surname,
 * swapped day and month, an old address, a missing or mistyped NHS number or UPN.
 *
 * <pre>
 * records --children N --out records.csv [--seed S]
 * queries --children N --index-out index.csv --queries-out queries.csv --known K --unknown U [--seed S]
 * </pre>
 * Query records have the NHS number and UPN blanked, as in the interactive target.
 */
public final class Generator {

    static final String HEADER = "rec_id,cluster_id,agency,nhs_number,upn,first_name,middle_name,surname,dob,sex,postcode,address";
    private static final String[] AGENCIES = {"gp", "school", "police", "social-care", "health-visiting", "hospital", "youth-justice"};
    private static final double[] NHS_PRESENT = {0.97, 0.15, 0.25, 0.6, 0.9, 0.92, 0.3};
    private static final double[] UPN_PRESENT = {0, 0.95, 0, 0.3, 0, 0, 0.4};
    private static final Map<String, String[]> SHORT_FORMS = Map.ofEntries(Map.entry("william", new String[] {"will", "bill", "billy", "liam"}),
            Map.entry("thomas", new String[] {"tom", "tommy"}), Map.entry("alfred", new String[] {"alfie", "alf"}),
            Map.entry("alexander", new String[] {"alex", "alec"}), Map.entry("james", new String[] {"jim", "jimmy", "jamie"}),
            Map.entry("joseph", new String[] {"joe", "joey"}), Map.entry("edward", new String[] {"ed", "eddie", "ted"}),
            Map.entry("frederick", new String[] {"fred", "freddie"}), Map.entry("robert", new String[] {"rob", "bob", "bobby", "robbie"}),
            Map.entry("benjamin", new String[] {"ben", "benji"}), Map.entry("samuel", new String[] {"sam", "sammy"}),
            Map.entry("daniel", new String[] {"dan", "danny"}), Map.entry("elizabeth", new String[] {"liz", "lizzie", "beth", "libby", "eliza"}),
            Map.entry("margaret", new String[] {"maggie", "meg", "maisie"}), Map.entry("isabella", new String[] {"bella", "izzy", "issy"}),
            Map.entry("charlotte", new String[] {"lottie", "charlie"}), Map.entry("rebecca", new String[] {"becky", "becca"}),
            Map.entry("jessica", new String[] {"jess", "jessie"}), Map.entry("samantha", new String[] {"sam", "sammie"}),
            Map.entry("catherine", new String[] {"cathy", "kate", "katie"}), Map.entry("victoria", new String[] {"vicky", "tori"}),
            Map.entry("matthew", new String[] {"matt", "matty"}), Map.entry("michael", new String[] {"mike", "mikey", "mick"}),
            Map.entry("nicholas", new String[] {"nick", "nicky"}), Map.entry("christopher", new String[] {"chris"}),
            Map.entry("jonathan", new String[] {"jon", "jonny"}), Map.entry("theodore", new String[] {"theo", "teddy"}),
            Map.entry("zachary", new String[] {"zach", "zak"}), Map.entry("harrison", new String[] {"harry"}),
            Map.entry("amelia", new String[] {"millie", "amy"}), Map.entry("eleanor", new String[] {"ellie", "nell"}),
            Map.entry("penelope", new String[] {"penny"}), Map.entry("matilda", new String[] {"tilly", "tilda"}),
            Map.entry("florence", new String[] {"flo", "florrie"}), Map.entry("gabriella", new String[] {"gabby", "ella"}),
            Map.entry("natalie", new String[] {"nat"}), Map.entry("jennifer", new String[] {"jen", "jenny"}),
            Map.entry("abigail", new String[] {"abbie", "abby"}), Map.entry("annabelle", new String[] {"annie", "belle"}),
            Map.entry("frances", new String[] {"fran", "frankie"}), Map.entry("harriet", new String[] {"hattie"}),
            Map.entry("timothy", new String[] {"tim"}), Map.entry("anthony", new String[] {"tony"}), Map.entry("andrew", new String[] {"andy"}),
            Map.entry("patrick", new String[] {"paddy", "pat"}), Map.entry("dominic", new String[] {"dom"}), Map.entry("tobias", new String[] {"toby"}));
    private static final double[] RECORDS_PER_CHILD = {0.30, 0.25, 0.20, 0.12, 0.08, 0.05};

    private final SplittableRandom random;
    private final Sampler boys = new Sampler(Names.BOYS.length, 0.5);
    private final Sampler girls = new Sampler(Names.GIRLS.length, 0.5);
    private final Sampler surnames = new Sampler(Names.SURNAMES.length, 0.5);
    private long nextRecord;

    Generator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = Bench.options(args);
        Generator generator = new Generator(Long.parseLong(o.getOrDefault("--seed", "42")));
        long children = Long.parseLong(o.get("--children"));
        if (args[0].equals("records")) {
            try (BufferedWriter out = open(o.get("--out"))) {
                generator.records(children, out, null);
            }
        } else {
            try (BufferedWriter index = open(o.get("--index-out")); BufferedWriter queries = open(o.get("--queries-out"))) {
                generator.records(children, index, new QuerySink(queries, Long.parseLong(o.get("--known")), children));
                generator.unknown(Long.parseLong(o.get("--unknown")), queries);
            }
        }
    }

    private static BufferedWriter open(String file) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(Path.of(file), java.nio.charset.StandardCharsets.UTF_8);
        out.write(HEADER + "\n");
        return out;
    }

    /** Picks about {@code wanted} of the indexed children and writes one fresh record of each as a query. */
    private record QuerySink(BufferedWriter out, long wanted, long children) {}

    void records(long children, BufferedWriter out, QuerySink queries) throws IOException {
        long child = 0;
        while (child < children) {
            Family family = family();
            int size = 1 + (random.nextDouble() < 0.45 ? 1 + (random.nextDouble() < 0.35 ? 1 : 0) : 0);
            LocalDate twinDob = random.nextDouble() < 0.03 ? dob() : null;
            java.util.Set<String> given = new java.util.HashSet<>();
            for (int s = 0; s < size && child < children; s++, child++) {
                Child c = child("c" + child, family, twinDob);
                while (!given.add(c.first())) {
                    c = child("c" + child, family, twinDob); // brothers and sisters do not share a first name
                }
                int records = pick(RECORDS_PER_CHILD) + 1;
                int firstAgency = random.nextInt(AGENCIES.length);
                for (int r = 0; r < records; r++) {
                    write(out, "r" + nextRecord++, c, (firstAgency + r * 3) % AGENCIES.length, false);
                }
                if (queries != null && random.nextDouble() < queries.wanted() / (double) queries.children()) {
                    write(queries.out(), "q" + nextRecord++, c, random.nextInt(AGENCIES.length), true);
                }
            }
        }
    }

    void unknown(long count, BufferedWriter out) throws IOException {
        for (long u = 0; u < count; u++) {
            write(out, "q" + nextRecord++, child("u" + u, family(), null), random.nextInt(AGENCIES.length), true);
        }
    }

    record Family(String surname, String otherSurname, String postcode, String address, String oldPostcode, String oldAddress) {}

    record Child(String id, boolean boy, String first, String middle, String surname, String newSurname, LocalDate dob, String nhs,
            String upn, Family family) {}

    private Family family() {
        String surname = surname();
        String other = surname();
        boolean moved = random.nextDouble() < 0.3;
        return new Family(surname, other, postcode(), address(), moved ? postcode() : null, moved ? address() : null);
    }

    private Child child(String id, Family family, LocalDate twinDob) {
        boolean boy = random.nextBoolean();
        String first = random.nextDouble() < 0.08 ? invented(2) : (boy ? Names.BOYS[boys.next(random)] : Names.GIRLS[girls.next(random)]);
        String middle = random.nextDouble() < 0.6 ? (boy ? Names.BOYS[boys.next(random)] : Names.GIRLS[girls.next(random)]) : "";
        double change = random.nextDouble();
        String newSurname = change < 0.06 ? family.otherSurname() : change < 0.1 ? family.surname() + "-" + family.otherSurname() : null;
        LocalDate dob = twinDob != null ? twinDob : dob();
        String upn = dob.getYear() <= 2022 ? Checks.upn(random) : "";
        return new Child(id, boy, first, middle, family.surname(), newSurname, dob, Checks.nhs(random), upn, family);
    }

    private void write(BufferedWriter out, String recId, Child c, int agency, boolean query) throws IOException {
        String nhs = !query && random.nextDouble() < NHS_PRESENT[agency] ? Typos.maybeDigit(c.nhs(), 0.015, random) : "";
        String upn = !query && random.nextDouble() < UPN_PRESENT[agency] ? Typos.maybeDigit(c.upn(), 0.01, random) : "";
        String first = firstName(c);
        String middle = random.nextDouble() < 0.5 ? c.middle() : "";
        String surname = c.newSurname() != null && random.nextDouble() < 0.5 ? c.newSurname() : c.surname();
        surname = random.nextDouble() < 0.01 ? "" : Typos.maybe(surname, 0.04, random);
        boolean old = c.family().oldPostcode() != null && random.nextDouble() < 0.5;
        String postcode = old ? c.family().oldPostcode() : c.family().postcode();
        String address = old ? c.family().oldAddress() : c.family().address();
        double p = random.nextDouble();
        postcode = p < 0.04 ? "" : p < 0.07 ? postcode.substring(0, postcode.indexOf(' ')) : p < 0.10 ? Typos.substitute(postcode, random) : postcode;
        address = random.nextDouble() < 0.05 ? "" : Typos.maybe(address, 0.03, random);
        String sex = random.nextDouble() < 0.02 ? "" : (c.boy() ^ random.nextDouble() < 0.003) ? "M" : "F";
        String line = String.join(",", recId, c.id(), AGENCIES[agency], nhs, upn, capital(first), capital(middle), capital(surname),
                dob(c.dob()), sex, postcode, quoteIfNeeded(address));
        out.write(line);
        out.write('\n');
    }

    private String firstName(Child c) {
        double p = random.nextDouble();
        String[] shortForms = SHORT_FORMS.get(c.first());
        if (p < 0.12 && shortForms != null) {
            return shortForms[random.nextInt(shortForms.length)];
        }
        if (p < 0.15 && !c.middle().isEmpty()) {
            return c.middle();
        }
        if (p < 0.165) {
            return c.first().substring(0, 1);
        }
        if (p < 0.175) {
            return "";
        }
        return Typos.maybe(c.first(), 0.04, random);
    }

    private String dob(LocalDate dob) {
        double p = random.nextDouble();
        if (p < 0.01) {
            return "";
        }
        if (p < 0.04 && dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()) {
            return LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()).toString();
        }
        if (p < 0.06) {
            return Typos.dateDigit(dob, random).toString();
        }
        if (p < 0.07) {
            return dob.plusDays(random.nextInt(-20, 21)).toString();
        }
        return dob.toString();
    }

    private LocalDate dob() {
        return LocalDate.of(2008, 1, 1).plusDays(random.nextInt(18 * 365 + 330));
    }

    private String surname() {
        return random.nextDouble() < 0.4 ? invented(2 + random.nextInt(2)) : Names.SURNAMES[surnames.next(random)];
    }

    private String invented(int syllables) {
        StringBuilder name = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            name.append(Names.SYLLABLES[random.nextInt(Names.SYLLABLES.length)]);
        }
        return name.toString();
    }

    private String postcode() {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return Names.AREAS[random.nextInt(Names.AREAS.length)] + (1 + random.nextInt(30)) + " " + random.nextInt(10)
                + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
    }

    private String address() {
        return (1 + random.nextInt(200)) + " " + Names.STREETS[random.nextInt(Names.STREETS.length)] + ", "
                + Names.TOWNS[random.nextInt(Names.TOWNS.length)];
    }

    private int pick(double[] weights) {
        double p = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            p -= weights[i];
            if (p < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String capital(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String quoteIfNeeded(String value) {
        return value.indexOf(',') < 0 ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}

package org.safeshare.bench.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.priv.garshol.duke.ConfigLoader;
import no.priv.garshol.duke.Configuration;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Duke 1.2 deduplication with hand-set probabilities (as in the research notes), Lucene database in memory,
 * two threads, candidates by a Lucene query on names, date of birth, postcode and identifiers (lookup="true";
 * by default Duke would look up on the NHS number alone); matched pairs closed into clusters like ours. The NHS
 * number is looked up since the fifth run, as ours blocks on one that fails its check (FEBRL's soc_sec_id is in
 * that column); Duke compares it exactly (its comparators have no "one digit keyed wrong").
 */
final class DukeLinker {

    private DukeLinker() {}

    static int[] link(Path input, List<String[]> rows, Map<String, String> options) throws Exception {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            position.put(rows.get(i)[0], i);
        }
        Path config = Files.createTempFile("duke", ".xml");
        Files.writeString(config, config(input, options.getOrDefault("--max-search-hits", "100")));
        Configuration configuration = ConfigLoader.load(config.toString());
        Processor processor = new Processor(configuration);
        processor.setThreads(2);
        Bench.Components components = new Bench.Components(rows.size());
        processor.addMatchListener(new AbstractMatchListener() {
            int records;
            int unmatched;

            @Override
            public void batchReady(int size) {
                records += size;
            }

            @Override
            public synchronized void noMatchFor(Record record) {
                unmatched++;
            }

            @Override
            public void endProcessing() {
                System.out.printf("duke: %,d records processed, %,d without a match%n", records, unmatched);
            }

            @Override
            public synchronized void matches(Record r1, Record r2, double confidence) {
                components.union(position.get(r1.getValue("ID")), position.get(r2.getValue("ID")));
            }
        });
        processor.deduplicate();
        processor.close();
        Files.delete(config);
        return components.roots();
    }

    private static String config(Path input, String maxSearchHits) {
        String lower = "no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner";
        return """
            <duke>
              <schema>
                <threshold>0.9</threshold>
                <property type="id"><name>ID</name></property>
                <property lookup="true"><name>NHS</name><comparator>no.priv.garshol.duke.comparators.ExactComparator</comparator><low>0.3</low><high>0.99</high></property>
                <property lookup="true"><name>UPN</name><comparator>no.priv.garshol.duke.comparators.ExactComparator</comparator><low>0.3</low><high>0.98</high></property>
                <property lookup="true"><name>FIRST</name><comparator>no.priv.garshol.duke.comparators.Levenshtein</comparator><low>0.2</low><high>0.85</high></property>
                <property><name>MIDDLE</name><comparator>no.priv.garshol.duke.comparators.Levenshtein</comparator><low>0.45</low><high>0.6</high></property>
                <property lookup="true"><name>SURNAME</name><comparator>no.priv.garshol.duke.comparators.Levenshtein</comparator><low>0.15</low><high>0.88</high></property>
                <property lookup="true"><name>DOB</name><comparator>no.priv.garshol.duke.comparators.ExactComparator</comparator><low>0.15</low><high>0.92</high></property>
                <property><name>SEX</name><comparator>no.priv.garshol.duke.comparators.ExactComparator</comparator><low>0.3</low><high>0.55</high></property>
                <property><name>POSTCODE</name><comparator>no.priv.garshol.duke.comparators.Levenshtein</comparator><low>0.3</low><high>0.8</high></property>
                <property><name>ADDRESS</name><comparator>no.priv.garshol.duke.comparators.Levenshtein</comparator><low>0.3</low><high>0.75</high></property>
              </schema>
              <database class="no.priv.garshol.duke.databases.LuceneDatabase">
                <param name="max-search-hits" value="%s"/>
              </database>
              <csv>
                <param name="input-file" value="%s"/>
                <column name="rec_id" property="ID"/>
                <column name="nhs_number" property="NHS"/>
                <column name="upn" property="UPN"/>
                <column name="first_name" property="FIRST" cleaner="%s"/>
                <column name="middle_name" property="MIDDLE" cleaner="%s"/>
                <column name="surname" property="SURNAME" cleaner="%s"/>
                <column name="dob" property="DOB"/>
                <column name="sex" property="SEX" cleaner="%s"/>
                <column name="postcode" property="POSTCODE" cleaner="%s"/>
                <column name="address" property="ADDRESS" cleaner="%s"/>
              </csv>
            </duke>
            """.formatted(maxSearchHits, input.toAbsolutePath(), lower, lower, lower, lower, lower, lower);
    }
}

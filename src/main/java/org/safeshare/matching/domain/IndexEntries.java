package org.safeshare.matching.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the stored linkage index holds of one record (ADR 0015): its blocking keys under each of its names (current,
 * former, alternative), a marker that it is indexed, and a term key per exact name, for the term frequencies. Each is a
 * 64-bit hash, stable across JVMs (String.hashCode and Double Metaphone are specified), so every instance of the service
 * computes the same keys. No name or date is stored.
 */
public final class IndexEntries {

    /** The row that says "this record is indexed": counting them gives the records behind the prior. */
    public static final short RECORD = 0;
    /**
     * The row that says which set of keys the record got, its key the set's number: a record without the row of the
     * current set is keyed again by the catch-up (ADR 0024, addendum 1). Records indexed before sets were numbered have no
     * such row (they may lack the ninth and tenth blocking keys); 2 is the ten of {@link BlockingKeys}. Raise
     * {@link #KEY_SET} whenever the keys a record gets change. Its own row, not the marker's key: the release before this
     * one counts the markers under key 0 for the prior, and must go on doing so during a rolling upgrade.
     */
    public static final short KEY_SET_KIND = 30;
    public static final long KEY_SET = 2;
    static final short FIRST_NAME_TERM = 20;
    static final short SURNAME_TERM = 21;

    /** One row of the index: a kind (a blocking key's ordinal + 1, or one of the kinds above) and a key. */
    public record Entry(short kind, long key) {}

    /** An exact name a term key stands for. */
    public record Term(Field field, String name) {}

    private IndexEntries() {}

    /** The record's rows, its current name first in {@code variants}, then its other names. */
    public static Set<Entry> of(List<AgencyRecord> variants) {
        Set<Entry> entries = new LinkedHashSet<>();
        entries.add(new Entry(RECORD, 0));
        entries.add(new Entry(KEY_SET_KIND, KEY_SET));
        entries.addAll(blocking(variants));
        entries.addAll(terms(variants).keySet());
        return entries;
    }

    /** The blocking keys alone: what a lookup asks the index for. */
    public static Set<Entry> blocking(List<AgencyRecord> variants) {
        Set<Entry> entries = new LinkedHashSet<>();
        RecordStore store = new RecordStore();
        for (AgencyRecord variant : variants) {
            int i = store.add(variant, false);
            for (BlockingKeys kind : BlockingKeys.ALL) {
                long key = kind.key(store, i);
                if (key != 0) {
                    entries.add(new Entry((short) (kind.ordinal() + 1), key));
                }
            }
        }
        return entries;
    }

    /** The term key of each exact name the variants hold, with the name it stands for. */
    public static Map<Entry, Term> terms(List<AgencyRecord> variants) {
        Map<Entry, Term> terms = new LinkedHashMap<>();
        for (AgencyRecord variant : variants) {
            term(terms, Field.FIRST_NAME, FIRST_NAME_TERM, Names.normalise(variant.firstName()));
            term(terms, Field.SURNAME, SURNAME_TERM, Names.normalise(variant.surname()));
        }
        return terms;
    }

    private static void term(Map<Entry, Term> terms, Field field, short kind, String name) {
        if (!name.isEmpty()) {
            terms.put(new Entry(kind, BlockingKeys.mix(kind, name.hashCode())), new Term(field, name));
        }
    }
}

package org.safeshare.matching.domain;

import java.util.Arrays;

/**
 * An inverted index from blocking key to records, one per kind of key, as sorted arrays: each (key, record)
 * entry costs about 12 bytes, with no per-entry objects. Keys are cut to 37 bits and records to 26 bits
 * (67 million) to pack an entry into one long for sorting; a rare key collision only adds candidates.
 */
public final class BlockingIndex {

    static final int RECORD_BITS = 26;
    static final long RECORD_MASK = (1L << RECORD_BITS) - 1;

    private final int indexed;
    private final long[][] keys; // per kind, per record: the full key (0 = none)
    private final long[][] blockKeys; // per kind: distinct 38-bit keys, ascending
    private final int[][] offsets; // per kind: start of each block in postings (length = blocks + 1)
    private final int[][] postings; // per kind: record positions, grouped by block

    private BlockingIndex(int indexed, long[][] keys, long[][] blockKeys, int[][] offsets, int[][] postings) {
        this.indexed = indexed;
        this.keys = keys;
        this.blockKeys = blockKeys;
        this.offsets = offsets;
        this.postings = postings;
    }

    /** Indexes the first {@code n} records of the store. */
    public static BlockingIndex build(RecordStore store, int n) {
        if (n > RECORD_MASK) {
            throw new IllegalArgumentException("One index holds at most " + RECORD_MASK + " records; partition it (ADR 0015)");
        }
        int kinds = BlockingKeys.ALL.length;
        long[][] keys = new long[kinds][];
        long[][] blockKeys = new long[kinds][];
        int[][] offsets = new int[kinds][];
        int[][] postings = new int[kinds][];
        for (BlockingKeys kind : BlockingKeys.ALL) {
            int k = kind.ordinal();
            keys[k] = new long[n];
            int present = 0;
            for (int i = 0; i < n; i++) {
                keys[k][i] = kind.key(store, i);
                if (keys[k][i] != 0) {
                    present++;
                }
            }
            long[] packed = new long[present];
            int p = 0;
            for (int i = 0; i < n; i++) {
                if (keys[k][i] != 0) {
                    packed[p++] = blockKey(keys[k][i]) << RECORD_BITS | i;
                }
            }
            Arrays.parallelSort(packed);
            group(packed, k, blockKeys, offsets, postings);
        }
        return new BlockingIndex(n, keys, blockKeys, offsets, postings);
    }

    private static void group(long[] packed, int k, long[][] blockKeys, int[][] offsets, int[][] postings) {
        int blocks = 0;
        for (int p = 0; p < packed.length; p++) {
            if (p == 0 || (packed[p] >>> RECORD_BITS) != (packed[p - 1] >>> RECORD_BITS)) {
                blocks++;
            }
        }
        long[] distinct = new long[blocks];
        int[] starts = new int[blocks + 1];
        int[] records = new int[packed.length];
        int b = -1;
        for (int p = 0; p < packed.length; p++) {
            long key = packed[p] >>> RECORD_BITS;
            if (b < 0 || key != distinct[b]) {
                distinct[++b] = key;
                starts[b] = p;
            }
            records[p] = (int) (packed[p] & RECORD_MASK);
        }
        starts[blocks] = packed.length;
        blockKeys[k] = distinct;
        offsets[k] = starts;
        postings[k] = records;
    }

    public int indexed() {
        return indexed;
    }

    int blocks(BlockingKeys kind) {
        return blockKeys[kind.ordinal()].length;
    }

    int blockStart(BlockingKeys kind, int block) {
        return offsets[kind.ordinal()][block];
    }

    int blockEnd(BlockingKeys kind, int block) {
        return offsets[kind.ordinal()][block + 1];
    }

    int posting(BlockingKeys kind, int p) {
        return postings[kind.ordinal()][p];
    }

    /** The indexed record's key of this kind (0 when it has none). */
    long key(BlockingKeys kind, int i) {
        return keys[kind.ordinal()][i];
    }

    /** The block holding records with this key, or -1. */
    int find(BlockingKeys kind, long key) {
        if (key == 0) {
            return -1;
        }
        int b = Arrays.binarySearch(blockKeys[kind.ordinal()], blockKey(key));
        return b < 0 ? -1 : b;
    }

    /** The key cut to 37 bits, so that a packed entry is never negative and sorts in the order of its key. */
    private static long blockKey(long key) {
        return key >>> (RECORD_BITS + 1);
    }

    /** True when an earlier kind of key already brings i and j together, so the pair is scored once. */
    boolean pairedEarlier(BlockingKeys kind, int i, int j) {
        for (int k = 0; k < kind.ordinal(); k++) {
            if (keys[k][i] != 0 && keys[k][i] == keys[k][j]) {
                return true;
            }
        }
        return false;
    }

    /** Approximate heap held by the index arrays, for the 2 KB per record budget. */
    public long bytes() {
        long total = 0;
        for (int k = 0; k < keys.length; k++) {
            total += keys[k].length * 8L + blockKeys[k].length * 8L + offsets[k].length * 4L + postings[k].length * 4L;
        }
        return total;
    }
}
